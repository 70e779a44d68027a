/**
 * A scale the question's title states: "from 1 to 5", "(1-7)", "0–10", "out of 10", in the
 * languages detection reads (en, it, ro, fa, th, es, fr, de, pt) and in Persian or Thai digits.
 * Only scales a survey asks on are taken (lower 0 or 1, upper 3–10): "in the last 30-60 days" is not.
 */
import { asciiDigits } from '../cells';
import { foldText } from './text';

export interface TitleScale {
  lower: number;
  upper: number;
}

const RANGE = /(?:^|[^\d])([01])\s*(?:-|–|—|\/|to|a|al|à|bis|ate|até|la|تا|ถึง)\s*(\d{1,2})(?!\d)/u;
const OUT_OF = /(?:out of|on a scale of|su|sur|de|von|din|dintr-un|از|เต็ม|จาก)\s*(\d{1,2})(?![\d\-–—])/u;

export function scaleInTitle(title: string): TitleScale | null {
  const folded = asciiDigits(foldText(title));
  const range = RANGE.exec(folded);
  if (range !== null) return plausible(Number(range[1]), Number(range[2]));
  const outOf = OUT_OF.exec(folded);
  if (outOf !== null) {
    const upper = Number(outOf[1]);
    return plausible(upper === 10 ? 0 : 1, upper);
  }
  return null;
}

function plausible(lower: number, upper: number): TitleScale | null {
  return upper >= 3 && upper <= 10 ? { lower, upper } : null;
}
