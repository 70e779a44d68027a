/**
 * Where the History chart draws its stacked bars: one bar per snapshot day, Unhealthy at the
 * bottom (the count that matters most keeps a common baseline), At risk, then Healthy on top.
 * Pure numbers in SVG user units, so the scales can be tested without a browser.
 */
import type { BandCountsPoint } from '../shared/protocol';
import type { BandKey } from './history-summary';

export const STACK_ORDER: readonly BandKey[] = ['unhealthy', 'atRisk', 'healthy'];

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface BarSegment {
  band: BandKey;
  count: number;
  y: number;
  height: number;
}

export interface ChartBar {
  point: BandCountsPoint;
  x: number;
  width: number;
  segments: BarSegment[];
}

export interface ChartGeometry {
  box: ChartBox;
  /** The value at the top of the plot. */
  max: number;
  ticks: { value: number; y: number }[];
  bars: ChartBar[];
  /** Bars wide enough for an outline; thinner ones would be all outline. */
  outlined: boolean;
  /** The plot's bottom edge (y of 0). */
  baseline: number;
}

export const CHART_BOX: ChartBox = { width: 276, height: 132, left: 30, right: 4, top: 6, bottom: 18 };

const round = (value: number): number => Math.round(value * 100) / 100;

/** The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ᵏ) at or above `value`, at least 1. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

const total = (point: BandCountsPoint): number => point.healthy + point.atRisk + point.unhealthy;

export function bandChartGeometry(
  points: readonly BandCountsPoint[],
  box: ChartBox = CHART_BOX,
): ChartGeometry {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.height - box.bottom;
  const max = niceMax(Math.max(0, ...points.map(total)));
  const yOf = (value: number): number => round(baseline - (value / max) * plotHeight);
  const slot = points.length === 0 ? plotWidth : plotWidth / points.length;
  const outlined = slot >= 4;
  const gap = outlined ? Math.min(slot * 0.25, 8) : 0;
  const bars = points.map((point, i): ChartBar => {
    let below = 0;
    const segments: BarSegment[] = [];
    for (const band of STACK_ORDER) {
      const count = Math.max(0, point[band]);
      if (count === 0) continue;
      // From the running total, so the segments meet exactly whatever the rounding.
      const bottom = yOf(below);
      below += count;
      const top = yOf(below);
      segments.push({ band, count, y: top, height: round(bottom - top) });
    }
    return { point, x: round(box.left + i * slot + gap / 2), width: round(slot - gap), segments };
  });
  const ticks = [0, max / 2, max]
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, y: yOf(value) }));
  return { box, max, ticks, bars, outlined, baseline };
}
