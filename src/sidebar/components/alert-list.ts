/** The latest snapshot's alerts, worst first: account, scores before → after, bands and rule. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { HealthAlert } from '../../shared/protocol';
import { breakableText, h } from '../dom';
import type { NumberFormats } from '../formatting';
import { bandKeyOf, bandLabel, worstFirst } from '../history-summary';

/** One fixed decimal for both scores, so "74.0 → 35.5" lines up, whatever the rounding gave. */
function scoreText(locale: string): (score: number) => string {
  const fixed = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (score) => fixed.format(score);
}

const bandChip = (band: string, t: Messages): HTMLElement =>
  h('span', { cls: `band-chip ${bandKeyOf(band) ?? ''}`, text: bandLabel(band, t) });

export function alertItems(
  alerts: readonly HealthAlert[],
  t: Messages,
  locale: string,
  numbers: NumberFormats,
): HTMLElement[] {
  const score = scoreText(locale);
  return worstFirst(alerts).map((alert) =>
    h(
      'li',
      {},
      h(
        'div',
        { cls: 'account' },
        // Names are often e-mail addresses or domains: they wrap between their parts.
        h('span', { cls: 'name' }, h('bdi', {}, breakableText(alert.account))),
        h('span', {
          cls: 'score',
          text: format(t.alertScores, { from: score(alert.fromScore), to: score(alert.toScore) }),
        }),
      ),
      h(
        'div',
        { cls: 'hint' },
        bandChip(alert.fromBand, t),
        ` ${t.bandArrow} `,
        bandChip(alert.toBand, t),
        ' · ',
        alert.rule === 'band'
          ? t.alertRuleBand
          : format(t.alertRulePoints, { points: numbers.scoreValue(alert.drop) }),
      ),
    ),
  );
}
