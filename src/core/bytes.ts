/**
 * Sizes as Google counts them: a document property holds 9 KB of UTF-8 with its key, so what the
 * add-on stores there is measured in bytes, not characters.
 */
import { fail } from './args';

/** Bytes of `text` in UTF-8, as Google counts property sizes (no TextEncoder in Apps Script). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `items` whose encoding fits in `maxBytes` (binary search: the encoding
 * grows with every item), with the encoding. Even zero items must fit, or it throws.
 */
export function fitPrefix<T>(
  items: readonly T[],
  maxBytes: number,
  encode: (prefix: readonly T[]) => string,
): { kept: number; text: string } {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8Length(encode(items.slice(0, mid))) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  const text = encode(items.slice(0, low));
  if (utf8Length(text) > maxBytes)
    fail(`Internal limit: even an empty list takes more than ${maxBytes} bytes.`);
  return { kept: low, text };
}
