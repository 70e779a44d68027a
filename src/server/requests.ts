/**
 * What the sidebar sends, checked at the server: google.script.run can be called by any script
 * in the page, so the server trusts no payload. Hand-written checks rather than the sidebar's zod
 * schema: zod/mini adds about 19 KB to Code.js, which every custom-function call loads, and would
 * take it past its 150 KB budget. The model itself is checked as the table it becomes
 * (checkModelObject), with messages naming the metric at fault.
 */
import { fail } from '../core/args';
import { checkModelObject } from '../core/model';
import type { MessageParams } from '../shared/messages/text';
import type { BandSettings, SaveModelRequest } from '../shared/protocol';
import { userText } from './locale';

/** Refuses a payload in the user's words, read only then: reading the locale is a service call. */
function refuse(
  key: 'errorBadRequest' | 'errorBandOutOfRange' | 'errorBandsOrder',
  params: MessageParams,
): never {
  const text = userText();
  return fail(text.format(text.messages[key], params));
}

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
