// The Google Forms a test attaches to the workbook (workbook.addForm): items, responses and the
// optional linked response sheet. Specs are validated up front so a typo in a test fails loudly
// instead of silently producing an unanswered item.
import { randomUUID } from 'node:crypto';
import type { SheetModel } from '../model';
import { isDate } from '../values';
import type { Workbook } from '../workbook';
import { appendResponseRow, linkDestination, rewriteResponseRow } from './destination';

export const FORM_ITEM_TYPES = [
  'SCALE',
  'RATING',
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'LIST',
] as const;
export const RATING_ICONS = ['STAR', 'HEART', 'THUMB_UP'] as const;
export type RatingIcon = (typeof RATING_ICONS)[number];
export type FormItemType = (typeof FORM_ITEM_TYPES)[number];

export type Instant = Date | string | number;

export interface FormItemSpec {
  title: string;
  type: FormItemType;
  /** SCALE bounds, as Forms allows: lower 0 or 1 (default 1), upper 3–10 (default 5). */
  lower?: number;
  upper?: number;
  /** RATING: the highest rating, 3–10 (default 5); answers are 1..levels. */
  levels?: number;
  /** RATING icon: STAR (default), HEART or THUMB_UP. */
  icon?: RatingIcon;
  /** MULTIPLE_CHOICE / LIST options. */
  choices?: string[];
}

export interface FormResponseSpec {
  id: string;
  /** Submission time (default: the workbook's now, see setNow). */
  timestamp?: Instant;
  email?: string;
  /** Answers by item title; null, undefined or '' leaves the item unanswered. */
  answers: Record<string, unknown>;
}

export interface FormSpec {
  title: string;
  collectsEmail?: boolean;
  items: FormItemSpec[];
  responses?: FormResponseSpec[];
  /** Links the form to this spreadsheet: responses also land as rows of this sheet. */
  destinationSheet?: string;
}

export interface FormHandle {
  id: string;
  /** The edit URL (what Sheet.getFormUrl() returns). */
  url: string;
  publishedUrl: string;
  addResponses(list: FormResponseSpec[]): void;
  /** Replaces the given answers (null/'' clears one), sets the new timestamp, keeps the id. */
  editResponse(id: string, answers: Record<string, unknown>, timestamp?: Instant): void;
}

export interface FormItemData {
  id: number;
  title: string;
  type: FormItemType;
  lower: number;
  upper: number;
  levels: number;
  icon: RatingIcon;
  choices: string[];
}

export interface FormResponseData {
  id: string;
  timestamp: Date;
  email: string;
  /** Item id -> the answer as Apps Script returns it (always a string for these item types). */
  answers: Map<number, string>;
  /** Row in the linked sheet, when there is one. */
  row: number | null;
}

let nextItemId = 1_000_000_001;

export class FormData {
  readonly id = `emulated-form-${randomUUID().slice(0, 8)}`;
  /** Published forms have a different key than the form's id (…/forms/d/e/<key>/viewform). */
  readonly publishedKey = `1FAIpQLS-emulated-${randomUUID().slice(0, 8)}`;
  /** In submission order (the order of the linked sheet's rows). */
  readonly responses: FormResponseData[] = [];
  destination: SheetModel | null = null;

  constructor(
    readonly title: string,
    readonly collectsEmail: boolean,
    readonly items: FormItemData[],
  ) {}

  get editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  get publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedKey}/viewform`;
  }
  itemByTitle(title: string): FormItemData | undefined {
    return this.items.find((i) => i.title === title);
  }
}

function fail(message: string): never {
  throw new Error(`addForm: ${message}`);
}

function checkItem(spec: FormItemSpec, seen: Set<string>): FormItemData {
  if (typeof spec.title !== 'string' || !spec.title) fail('every item needs a non-empty title');
  if (seen.has(spec.title)) fail(`duplicate item title "${spec.title}" (answers are keyed by title)`);
  seen.add(spec.title);
  if (!FORM_ITEM_TYPES.includes(spec.type))
    fail(`item "${spec.title}" has unsupported type ${String(spec.type)}; use ${FORM_ITEM_TYPES.join(', ')}`);
  const lower = spec.lower ?? 1;
  const upper = spec.upper ?? 5;
  if (
    spec.type === 'SCALE' &&
    (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10)
  )
    fail(`scale item "${spec.title}" needs lower 0 or 1 and upper 3..10 (got ${lower}..${upper})`);
  const levels = spec.levels ?? 5;
  const icon = spec.icon ?? 'STAR';
  if (spec.type === 'RATING' && (!Number.isInteger(levels) || levels < 3 || levels > 10))
    fail(`rating item "${spec.title}" needs levels 3..10 (got ${String(levels)})`);
  if (spec.type === 'RATING' && !RATING_ICONS.includes(icon))
    fail(`rating item "${spec.title}" has unknown icon ${String(icon)}; use ${RATING_ICONS.join(', ')}`);
  const choices = (spec.choices ?? []).map(String);
  if ((spec.type === 'MULTIPLE_CHOICE' || spec.type === 'LIST') && !choices.length)
    fail(`item "${spec.title}" (${spec.type}) needs choices`);
  return { id: nextItemId++, title: spec.title, type: spec.type, lower, upper, levels, icon, choices };
}

/** An answer as Apps Script's ItemResponse.getResponse() gives it; null = unanswered. */
function answerFor(item: FormItemData, value: unknown, responseId: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const where = `response ${responseId}, item "${item.title}"`;
  switch (item.type) {
    case 'SCALE': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (!Number.isInteger(n) || n < item.lower || n > item.upper)
        return fail(`${where}: ${String(value)} is not a whole number in ${item.lower}..${item.upper}`);
      return String(n);
    }
    case 'RATING': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (!Number.isInteger(n) || n < 1 || n > item.levels)
        return fail(`${where}: ${String(value)} is not a whole number in 1..${item.levels}`);
      return String(n);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      if (!item.choices.includes(String(value)))
        return fail(`${where}: "${String(value)}" is not one of ${JSON.stringify(item.choices)}`);
      return String(value);
    default:
      if (typeof value === 'object') return fail(`${where}: a text answer must be a string`);
      return String(value);
  }
}

function toDate(t: Instant | undefined, wb: Workbook, responseId: string): Date {
  if (t === undefined) return wb.now();
  const d = isDate(t) ? new Date(t.getTime()) : new Date(t);
  if (Number.isNaN(d.getTime())) fail(`response ${responseId} has an invalid timestamp ${String(t)}`);
  return d;
}

function answersFor(form: FormData, answers: Record<string, unknown>, responseId: string) {
  if (typeof answers !== 'object' || answers === null) fail(`response ${responseId} needs an answers object`);
  const out = new Map<number, string | null>();
  for (const [title, value] of Object.entries(answers)) {
    const item = form.itemByTitle(title);
    if (!item) fail(`response ${responseId} answers unknown item "${title}"`);
    out.set(item.id, answerFor(item, value, responseId));
  }
  return out;
}

function checkResponses(wb: Workbook, form: FormData, list: FormResponseSpec[]): FormResponseData[] {
  if (!Array.isArray(list)) fail('responses must be an array');
  const ids = new Set(form.responses.map((r) => r.id));
  return list.map((spec) => {
    if (typeof spec.id !== 'string' || !spec.id) fail('every response needs a non-empty string id');
    if (ids.has(spec.id)) fail(`duplicate response id ${spec.id}`);
    ids.add(spec.id);
    if (form.collectsEmail && !spec.email)
      fail(`response ${spec.id} has no email, but the form collects email addresses`);
    const answers = new Map<number, string>();
    for (const [id, a] of answersFor(form, spec.answers, spec.id)) if (a !== null) answers.set(id, a);
    const email = form.collectsEmail ? String(spec.email) : '';
    return { id: spec.id, timestamp: toDate(spec.timestamp, wb, spec.id), email, answers, row: null };
  });
}

/** Validates the whole batch first, so a bad response adds nothing. */
export function addResponses(wb: Workbook, form: FormData, list: FormResponseSpec[]): void {
  for (const r of checkResponses(wb, form, list)) {
    form.responses.push(r);
    appendResponseRow(wb, form, r);
  }
}

export function editResponse(
  wb: Workbook,
  form: FormData,
  id: string,
  answers: Record<string, unknown>,
  timestamp?: Instant,
): void {
  const r = form.responses.find((x) => x.id === id);
  if (!r) fail(`no response with id ${id} to edit`);
  const changes = answersFor(form, answers, id);
  r.timestamp = toDate(timestamp, wb, id);
  for (const [itemId, a] of changes) {
    if (a === null) r.answers.delete(itemId);
    else r.answers.set(itemId, a);
  }
  rewriteResponseRow(wb, form, r);
}

export function createForm(wb: Workbook, spec: FormSpec): FormData {
  if (typeof spec?.title !== 'string') fail('a form needs a title');
  if (!Array.isArray(spec.items) || !spec.items.length) fail(`form "${spec.title}" needs items`);
  const seen = new Set<string>();
  const form = new FormData(
    spec.title,
    !!spec.collectsEmail,
    spec.items.map((i) => checkItem(i, seen)),
  );
  const responses = checkResponses(wb, form, spec.responses ?? []);
  if (spec.destinationSheet !== undefined) linkDestination(wb, form, spec.destinationSheet);
  for (const r of responses) {
    form.responses.push(r);
    appendResponseRow(wb, form, r);
  }
  return form;
}
