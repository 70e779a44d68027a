/**
 * Raw DEFLATE (RFC 1951) and basE91 decoding, for the catalogues Code.js ships packed
 * (errors-packed.ts): Apps Script has no zlib, and every custom-function call loads the script,
 * so text read only on an error path travels compressed. Decodes what zlib's deflateRaw writes.
 */

interface Tree {
  counts: Uint16Array;
  symbols: Uint16Array;
}

/** Canonical Huffman tree from code lengths: how many codes of each length, symbols in code order. */
function tree(lengths: ArrayLike<number>): Tree {
  const counts = new Uint16Array(16);
  const offsets = new Uint16Array(16);
  const symbols = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]]++;
  counts[0] = 0;
  for (let length = 1, sum = 0; length < 16; length++) {
    offsets[length] = sum;
    sum += counts[length];
  }
  for (let i = 0; i < lengths.length; i++) if (lengths[i] > 0) symbols[offsets[lengths[i]]++] = i;
  return { counts, symbols };
}

/** Base and extra bits of the length (257–285) and distance (0–29) codes. */
const LENGTH_EXTRA = Uint8Array.from({ length: 29 }, (_, i) => (i < 8 || i === 28 ? 0 : (i >> 2) - 1));
const DISTANCE_EXTRA = Uint8Array.from({ length: 30 }, (_, i) => (i < 2 ? 0 : (i >> 1) - 1));
const bases = (extra: Uint8Array, first: number): Uint16Array => {
  const base = new Uint16Array(extra.length);
  for (let i = 0, next = first; i < extra.length; i++) {
    base[i] = next;
    next += 1 << extra[i];
  }
  return base;
};
const LENGTH_BASE = bases(LENGTH_EXTRA, 3);
LENGTH_BASE[28] = 258;
const DISTANCE_BASE = bases(DISTANCE_EXTRA, 1);
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

export function inflateRaw(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let position = 0;
  let bits = 0;
  let bitCount = 0;
  const bit = (): number => {
    if (bitCount === 0) {
      bits = data[position++];
      bitCount = 8;
    }
    bitCount--;
    const value = bits & 1;
    bits >>= 1;
    return value;
  };
  const read = (count: number): number => {
    let value = 0;
    for (let i = 0; i < count; i++) value |= bit() << i;
    return value;
  };
  const decode = ({ counts, symbols }: Tree): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++) {
      code |= bit();
      const count = counts[length];
      if (code - first < count) return symbols[index + code - first];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Error('Corrupt DEFLATE data.');
  };
  let last = 0;
  while (last === 0) {
    last = bit();
    const type = read(2);
    if (type === 0) {
      bitCount = 0; // a stored block starts on a byte boundary
      const length = data[position] | (data[position + 1] << 8);
      position += 4;
      for (let i = 0; i < length; i++) out.push(data[position++]);
      continue;
    }
    let literals: Tree;
    let distances: Tree;
    if (type === 1) {
      const lengths = new Uint8Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280);
      literals = tree(lengths);
      distances = tree(new Uint8Array(30).fill(5));
    } else {
      const literalCount = read(5) + 257;
      const distanceCount = read(5) + 1;
      const codeLengthCount = read(4) + 4;
      const codeLengths = new Uint8Array(19);
      for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]] = read(3);
      const codeLengthTree = tree(codeLengths);
      const lengths = new Uint8Array(literalCount + distanceCount);
      for (let i = 0; i < lengths.length; ) {
        const symbol = decode(codeLengthTree);
        if (symbol < 16) lengths[i++] = symbol;
        else {
          const [value, repeat] =
            symbol === 16
              ? [lengths[i - 1], 3 + read(2)]
              : symbol === 17
                ? [0, 3 + read(3)]
                : [0, 11 + read(7)];
          lengths.fill(value, i, i + repeat);
          i += repeat;
        }
      }
      literals = tree(lengths.subarray(0, literalCount));
      distances = tree(lengths.subarray(literalCount));
    }
    for (let symbol = decode(literals); symbol !== 256; symbol = decode(literals)) {
      if (symbol < 256) {
        out.push(symbol);
        continue;
      }
      const length = LENGTH_BASE[symbol - 257] + read(LENGTH_EXTRA[symbol - 257]);
      const code = decode(distances);
      const distance = DISTANCE_BASE[code] + read(DISTANCE_EXTRA[code]);
      for (let i = 0; i < length; i++) out.push(out[out.length - distance]);
    }
  }
  return Uint8Array.from(out);
}

/**
 * basE91 (the packed text's encoding): 13 or 14 bits per two printable characters, none of them a
 * quote or backslash, so the text sits in a JS string literal 7% shorter than in base64.
 */
export const BASE91 =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"';

export function base91Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  let value = -1;
  let buffer = 0;
  let count = 0;
  for (const char of text) {
    const digit = BASE91.indexOf(char);
    if (value < 0) {
      value = digit;
      continue;
    }
    value += digit * 91;
    buffer |= value << count;
    count += (value & 8191) > 88 ? 13 : 14;
    do {
      bytes.push(buffer & 255);
      buffer >>= 8;
      count -= 8;
    } while (count > 7);
    value = -1;
  }
  if (value > -1) bytes.push((buffer | (value << count)) & 255);
  return Uint8Array.from(bytes);
}

/** UTF-8 bytes as a string. */
export function utf8Text(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i++];
    let code = byte;
    if (byte >= 0xf0)
      code = ((byte & 7) << 18) | ((bytes[i++] & 63) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63);
    else if (byte >= 0xe0) code = ((byte & 15) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63);
    else if (byte >= 0xc0) code = ((byte & 31) << 6) | (bytes[i++] & 63);
    text += String.fromCodePoint(code);
  }
  return text;
}
