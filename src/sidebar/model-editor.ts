/**
 * The Model tab's editing state, without the DOM: the draft being edited, its check, the advice
 * on each metric, and what was loaded and saved (for Save and the unsaved-changes guard).
 */
import type { HealthModel } from '../core/model';
import type { Messages } from '../shared/messages';
import type { BandSettings } from '../shared/protocol';
import {
  checkDraft,
  type Draft,
  type DraftCheck,
  draftFrom,
  type MetricDraft,
  parseWeight,
  snapshot,
} from './draft';
import { errorMessage } from './formatting';
import { adviseMetric, type MetricAdvice, NO_ADVICE, type SheetColumns } from './metric-advice';
import { metricsOf } from './segment-draft';

const DEFAULT_BANDS: BandSettings = { kind: 'fixed', healthyAt: 70, unhealthyBelow: 40 };

export interface ModelEditor {
  readonly draft: Draft;
  readonly check: DraftCheck;
  /** The segment being edited ('' the default model): its metrics are the cards shown. */
  segment: string;
  /** The metrics of the segment being edited. */
  shown(): MetricDraft[];
  /** Per metric key: a missing column, a refusal or a warning (metric-advice.ts). */
  adviceOf(key: number): MetricAdvice;
  /** Starts editing this model (null: none) on this sheet; what is loaded is what edits compare to. */
  start(model: HealthModel | null, bands: BandSettings): void;
  /** After any edit: the fields checked, the advice on every metric read again. */
  recheck(sheet: SheetColumns | null): void;
  /** The weights of the shown segment's included metrics, summed (for each metric's share). */
  totalWeight(): number;
  /** A metric counts on a column the sheet lacks: the preview cannot score. */
  missingColumns(): boolean;
  /** Whether Save may run: every field valid and nothing blocked. */
  saveable(): boolean;
  /** The draft is what the Health Model sheet holds. */
  isSaved(): boolean;
  /** Edits since the draft was loaded. */
  hasEdits(): boolean;
  /** What the Health Model sheet holds now (after loading it, or after a save). */
  setSaved(model: HealthModel | null, bands: BandSettings): void;
  /** After a save: what was sent is both saved and loaded. */
  markSaved(model: HealthModel, bands: BandSettings): void;
}

export function modelEditor(t: Messages, locale: string): ModelEditor {
  let draft = draftFrom(null, DEFAULT_BANDS, locale);
  let check = checkDraft(draft, t, locale);
  let advice = new Map<number, MetricAdvice>();
  /** What the Health Model sheet holds (null: nothing saved yet), as `snapshot` text. */
  let saved: string | null = null;
  /** The draft as loaded: edits since then are what the unsaved-changes guard protects. */
  let loaded = '';
  let segment = '';

  const isSaved = () => saved !== null && check.valid && snapshot(check.model, check.bands) === saved;
  const blocked = () => [...advice.values()].some((each) => each.missing !== null || each.refusal !== null);

  return {
    get draft() {
      return draft;
    },
    get check() {
      return check;
    },
    get segment() {
      return segment;
    },
    set segment(value) {
      segment = value;
    },
    shown: () => metricsOf(draft, segment),
    adviceOf: (key) => advice.get(key) ?? NO_ADVICE,
    start(model, bands) {
      draft = draftFrom(model, bands, locale);
      segment = '';
      check = checkDraft(draft, t, locale);
      loaded = snapshot(check.model, check.bands);
    },
    recheck(sheet) {
      try {
        check = checkDraft(draft, t, locale);
      } catch (error) {
        check = { ...check, valid: false, model: null, modelError: errorMessage(error) };
      }
      advice = new Map(
        draft.metrics.map((metric) => [
          metric.key,
          sheet === null
            ? NO_ADVICE
            : adviseMetric(metric, sheet, metricsOf(draft, metric.segment), t, locale),
        ]),
      );
    },
    totalWeight() {
      let total = 0;
      for (const metric of metricsOf(draft, segment)) {
        const weight = metric.included ? parseWeight(metric.weightText, locale) : 0;
        if (Number.isFinite(weight)) total += weight;
      }
      return total;
    },
    missingColumns: () => [...advice.values()].some((each) => each.missing !== null),
    saveable: () => check.valid && !blocked(),
    isSaved,
    hasEdits: () => snapshot(check.model, check.bands) !== loaded,
    setSaved(model, bands) {
      if (model === null) {
        saved = null;
        return;
      }
      const first = checkDraft(draftFrom(model, bands, locale), t, locale);
      saved = snapshot(first.model, first.bands);
    },
    markSaved(model, bands) {
      saved = snapshot(model, bands);
      loaded = saved;
    },
  };
}
