/**
 * What the sidebar sends, checked at the server: google.script.run can be called by any script
 * in the page, so the server trusts no payload. Hand-written checks rather than the sidebar's zod
 * schema: zod/mini adds about 19 KB to Code.js, which every custom-function call loads, and would
 * take it past its 150 KB budget. The model itself is checked as the table it becomes
 * (checkModelObject), with messages naming the metric at fault.
 */
import { checkModelObject } from '../core/model';
import type {
  AddOverrideRequest,
  BandSettings,
  EndOverrideRequest,
  SaveModelRequest,
} from '../shared/protocol';
import { refuse } from './refuse';

/** A payload that is not the object an endpoint takes (a script calling it by hand). */
function requestObject(candidate: unknown, field: string): Record<string, unknown> {
  if (typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate)) {
    return candidate as Record<string, unknown>;
  }
  return refuse('errorBadRequest', { field });
}

export function saveModelRequest(candidate: unknown): SaveModelRequest {
  const request = requestObject(candidate, 'request');
  return {
    model: checkModelObject(requestObject(request.model, 'model')),
    bands: bandSettings(request.bands),
  };
}

/** Fixed thresholds are scores: 0–100, healthy above unhealthy. */
function bandSettings(candidate: unknown): BandSettings {
  const bands = requestObject(candidate, 'bands');
  if (bands.kind === 'quartiles') return { kind: 'quartiles' };
  const { healthyAt, unhealthyBelow } = bands;
  for (const [field, value] of [
    ['healthyAt', healthyAt],
    ['unhealthyBelow', unhealthyBelow],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      refuse('errorBadRequest', { field: `bands.${field}` });
    if ((value as number) < 0 || (value as number) > 100)
      refuse('errorBandOutOfRange', { value: value as number });
  }
  if ((healthyAt as number) <= (unhealthyBelow as number)) {
    refuse('errorBandsOrder', { healthy: healthyAt as number, unhealthy: unhealthyBelow as number });
  }
  return { kind: 'fixed', healthyAt: healthyAt as number, unhealthyBelow: unhealthyBelow as number };
}

/** An optional sheet name: absent, or a string (requireSheet then says when no such sheet exists). */
export function optionalSheetName(candidate: unknown): string | undefined {
  if (candidate === undefined || candidate === null || typeof candidate === 'string') {
    return candidate ?? undefined;
  }
  return refuse('errorBadRequest', { field: 'sheetName' });
}

/** A field the sidebar never sends that way: a script calling the endpoint by hand. */
export const badRequest = (field: string): never => refuse('errorBadRequest', { field });

/** Text the user typed, within what a cell shows sensibly. */
function text(candidate: unknown, field: string, required: boolean): string {
  if (typeof candidate !== 'string' || candidate.length > 1000) return badRequest(field);
  if (required && candidate.trim() === '') return badRequest(field);
  return candidate;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An override to add: an account, a score (0–100) or a band, a reason, who, and a day. */
export function addOverrideRequest(candidate: unknown): AddOverrideRequest {
  const request = requestObject(candidate, 'request');
  const { score, band, until } = request;
  if (score !== null && (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)) {
    badRequest('score');
  }
  const bandText = band === null ? null : text(band, 'band', true);
  if (score === null && bandText === null) badRequest('score');
  if (typeof until !== 'string' || !DAY.test(until) || Number.isNaN(Date.parse(until))) badRequest('until');
  return {
    account: text(request.account, 'account', true),
    score: score as number | null,
    band: bandText,
    reason: text(request.reason, 'reason', true),
    by: text(request.by ?? '', 'by', false),
    until: until as string,
  };
}

/** Which override to end: its row on the Overrides sheet (2 or below) and its account. */
export function endOverrideRequest(candidate: unknown): EndOverrideRequest {
  const request = requestObject(candidate, 'request');
  const { row } = request;
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 2) badRequest('row');
  return { row: row as number, account: text(request.account, 'account', true) };
}
