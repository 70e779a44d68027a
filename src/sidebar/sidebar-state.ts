/**
 * getSidebarState, fetched once and shared: the Model tab, Backtest (account sheet and headers)
 * and Surveys (sheet names) read the same answer. `reload` fetches it again after the model changed
 * on the server (learned weights applied or restored). getSheetData likewise, once per sheet: the
 * Model tab's live preview and the Backtest tab read the same rows.
 */
import type { SheetData, SidebarState } from '../shared/protocol';
import { call } from './client';

export interface SidebarStateStore {
  /** The state fetched so far, or a new fetch when none succeeded yet. */
  get(): Promise<SidebarState>;
  reload(): Promise<SidebarState>;
  /** What the sidebar itself just wrote (a saved model): the other tabs read it without a fetch. */
  set(state: SidebarState): void;
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
  return {
    get: () => pending ?? fetchState(),
    reload: fetchState,
    set: (state) => {
      pending = Promise.resolve(state);
    },
  };
}

export interface SheetDataStore {
  /** The sheet's data fetched so far, or a new fetch when none succeeded yet. */
  get(name: string): Promise<SheetData>;
}

export function sheetDataStore(): SheetDataStore {
  const pending = new Map<string, Promise<SheetData>>();
  return {
    get(name) {
      const known = pending.get(name);
      if (known !== undefined) return known;
      const request = call('getSheetData', name);
      pending.set(name, request);
      // A failed fetch is not kept: the next `get` asks again.
      request.catch(() => {
        if (pending.get(name) === request) pending.delete(name);
      });
      return request;
    },
  };
}
