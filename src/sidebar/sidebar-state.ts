/**
 * getSidebarState, fetched once and shared: the Model tab, Backtest (account sheet and headers)
 * and Surveys (sheet names) read the same answer. `reload` fetches it again after the model changed
 * on the server (learned weights applied or restored).
 */
import type { SidebarState } from '../shared/protocol';
import { call } from './client';

export interface SidebarStateStore {
  /** The state fetched so far, or a new fetch when none succeeded yet. */
  get(): Promise<SidebarState>;
  reload(): Promise<SidebarState>;
}

export function sidebarStateStore(): SidebarStateStore {
  let pending: Promise<SidebarState> | null = null;
  function fetchState(): Promise<SidebarState> {
    const request = call('getSidebarState');
    pending = request;
    // A failed fetch is not kept: the next `get` (e.g. "Try again") asks again.
    request.catch(() => {
      if (pending === request) pending = null;
    });
    return request;
  }
  return { get: () => pending ?? fetchState(), reload: fetchState };
}
