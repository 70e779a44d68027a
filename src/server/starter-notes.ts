/**
 * The starter model's Notes in the spreadsheet's language: core suggests each metric with its
 * note as a message key (core/starter.ts), set-up writes it from the server catalogue.
 */
import type { MetricRule } from '../core/model';
import type { StarterMetric, StarterNote } from '../core/starter';
import type { ServerText } from '../shared/messages/server';

function noteIn(note: StarterNote, text: ServerText): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(note.params))
    params[name] = typeof value === 'string' ? value : noteIn(value, text);
  return text.format(text.messages[note.key], params);
}

/** The metric's rule with its Notes in `text`'s language. */
export function starterRuleIn(metric: StarterMetric, text: ServerText): MetricRule {
  return { ...metric.rule, notes: noteIn(metric.note, text) };
}
