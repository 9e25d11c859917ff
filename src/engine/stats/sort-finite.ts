/** Below this length the built-in sort is as fast and allocates nothing. */
const RADIX_MIN = 4096;
const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const PASSES = 4; // 4 × 16 bits cover the 64 bits of a double
/** Typed arrays use the platform's byte order; the radix sort reads a double as (low word, high word). */
const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;

/**
 * Sort finite doubles ascending, in place, in the order of `Float64Array.prototype.sort` (−0 before 0), and
 * return them. A profile of a million-row column spends most of its time sorting, so: whole numbers in a range
 * no wider than the array (counts, ages, codes, dates, flags) are counted, which is linear; other values go
 * through a least-significant-digit radix sort on their bits, skipping the passes whose digit every value shares
 * (short decimals); about 1.3–2.5 times the built-in sort's speed on a million values, 10 times and more when
 * counted. Non-finite values are not supported (callers drop them first).
 * @example sortFinite(Float64Array.of(3, -1, 2.5, -0, 0)) // Float64Array [-1, -0, 0, 2.5, 3]
 */
export function sortFinite(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) return values.sort();
  return countingSort(values) ?? radixSort(values);
}

/** Sorts by counting when every value is a whole number (−0 excluded) within a range of at most n; else null. */
function countingSort(values: Float64Array): Float64Array | null {
  const n = values.length;
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    // Operators rather than Number.isInteger / Object.is: builtins are slow in a VM context (see is-finite.ts).
    if (v % 1 !== 0 || (v === 0 && 1 / v < 0)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
    if (max - min >= n) return null;
  }
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[(values[i] as number) - min]!++;
  let at = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k] as number;
    if (c > 0) values.fill(min + k, at, (at += c));
  }
  return values;
}

/**
 * Sorts the keys where they are, with one scratch array: a million-row profile sorts a column after column,
 * and every extra buffer is memory pressure that makes the collector mark the whole table again.
 */
function radixSort(values: Float64Array): Float64Array {
  const n = values.length;
  // Word 2i is the low half of value i, word 2i + 1 the high half. IEEE order to unsigned order:
  // negative values flip every bit, the others flip the sign bit.
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < 2 * n; i += 2) {
    const h = words[i + 1] as number;
    const negative = h >>> 31 === 1;
    words[i + 1] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    if (negative) words[i] = ~(words[i] as number) >>> 0;
  }
  const counts = countDigits(words);
  let from: Uint32Array = words, to: Uint32Array = new Uint32Array(2 * n);
  for (let pass = 0; pass < PASSES; pass++) {
    const offsets = counts.subarray(pass * BUCKETS, (pass + 1) * BUCKETS);
    if (offsets.includes(n)) continue;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = offsets[b] as number;
      offsets[b] = start;
      start += c;
    }
    const shift = pass * DIGIT_BITS;
    for (let i = 0; i < 2 * n; i += 2) {
      const l = from[i] as number, h = from[i + 1] as number;
      const d = digit(h, l, shift);
      const at = 2 * (offsets[d] as number);
      offsets[d]!++;
      to[at] = l;
      to[at + 1] = h;
    }
    [from, to] = [to, from];
  }
  if (from !== words) words.set(from);
  for (let i = 0; i < 2 * n; i += 2) {
    const h = words[i + 1] as number;
    const negative = h >>> 31 === 0;
    words[i + 1] = negative ? ~h >>> 0 : (h & 0x7fffffff) >>> 0;
    if (negative) words[i] = ~(words[i] as number) >>> 0;
  }
  return values;
}

/** The histogram of every pass's digit, in one sweep over the interleaved keys: PASSES blocks of BUCKETS counts. */
function countDigits(words: Uint32Array): Uint32Array {
  const counts = new Uint32Array(PASSES * BUCKETS);
  for (let i = 0; i < words.length; i += 2) {
    const l = words[i] as number, h = words[i + 1] as number;
    for (let pass = 0; pass < PASSES; pass++) counts[pass * BUCKETS + digit(h, l, pass * DIGIT_BITS)]!++;
  }
  return counts;
}

/** The 16 bits from `shift` of the 64-bit key (high word h, low word l); a digit never straddles the words. */
function digit(h: number, l: number, shift: number): number {
  return shift < 32 ? (l >>> shift) & (BUCKETS - 1) : (h >>> (shift - 32)) & (BUCKETS - 1);
}
