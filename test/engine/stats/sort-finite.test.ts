import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { createRandom } from '../../../src/engine/random';
import { sortFinite } from '../../../src/engine/stats/sort-finite';

/** Long enough for the counting and radix paths, which short arrays skip. */
const LONG = 5000;

/** Element-wise Object.is, so −0 before 0 counts and a mismatch names its index. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length === b.length ? -1 : a.length;
}

function seeded(seed: number, value: (u: number, rng: () => number) => number): Float64Array {
  const random = createRandom(seed);
  const rng = (): number => random.next();
  return Float64Array.from({ length: LONG }, () => value(rng(), rng));
}

describe('sortFinite', () => {
  test('a short array: ascending, −0 before 0, in place', () => {
    const a = Float64Array.of(3, -1, 2.5, 0, -0);
    expect(sortFinite(a)).toBe(a);
    expect(Array.from(a)).toEqual([-1, -0, 0, 2.5, 3]);
    expect(Object.is(a[1], -0)).toBe(true);
  });

  test.each([
    // whole numbers within a range of at most n: the counting path, negatives included
    ['small whole numbers', (u: number) => Math.floor(u * 90) - 45],
    ['whole numbers spanning exactly n − 1', (u: number) => Math.floor(u * LONG)],
    // whole numbers too widely spread to count, and whole numbers with one −0: the radix path
    ['wide whole numbers', (u: number) => Math.round(u * 1e12) - 5e11],
    ['whole numbers with −0', (u: number) => (u < 0.01 ? -0 : Math.floor(u * 10))],
    ['three-decimal amounts', (u: number) => Number((u * 2000 - 1000).toFixed(3))],
    ['full-precision signed values', (u: number, rng: () => number) => (rng() - 0.5) * Math.exp(60 * (u - 0.5))],
    ['subnormal and tiny values', (u: number) => (u - 0.5) * 1e-310],
    ['extremes', (u: number) => (u < 0.3 ? -Number.MAX_VALUE : u > 0.7 ? Number.MAX_VALUE : u)],
  ])('%s: the order of Float64Array.prototype.sort', (_, value) => {
    const a = seeded(7, value);
    const expected = a.slice().sort();
    expect(firstDifference(sortFinite(a), expected)).toBe(-1);
  });

  test('any mix of finite doubles sorts as the built-in sort', () => {
    const values = fc.float64Array({ noNaN: true, noDefaultInfinity: true, minLength: LONG, maxLength: LONG + 100 });
    fc.assert(fc.property(values, (a) => firstDifference(sortFinite(a.slice()), a.slice().sort()) === -1), { numRuns: 20 });
  });

  test('any multiset of whole numbers sorts as the built-in sort (counted or not)', () => {
    const values = fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: LONG, maxLength: LONG + 100 }).map((a) => Float64Array.from(a));
    fc.assert(fc.property(values, (a) => firstDifference(sortFinite(a.slice()), a.slice().sort()) === -1), { numRuns: 20 });
  });
});
