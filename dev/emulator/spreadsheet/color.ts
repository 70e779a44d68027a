// Colours as Sheets reports them: lower-case '#rrggbb' (CSS names converted).
import { LocalObject } from '../counting';

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

export function normalizeColor(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  const s = c.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}

export class Color extends LocalObject {
  constructor(private hex: string) {
    super();
  }
  asRgbColor(): Color {
    return this;
  }
  asHexString(): string {
    return this.hex;
  }
  getColorType(): string {
    return 'RGB';
  }
  getRed(): number {
    return Number.parseInt(this.hex.slice(1, 3), 16);
  }
  getGreen(): number {
    return Number.parseInt(this.hex.slice(3, 5), 16);
  }
  getBlue(): number {
    return Number.parseInt(this.hex.slice(5, 7), 16);
  }
}
