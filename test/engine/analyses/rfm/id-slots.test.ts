import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { distinctPairs } from '../../../../src/engine/analyses/rfm/distinct-pairs';
import { idSlots } from '../../../../src/engine/analyses/rfm/id-slots';
import { buildTable } from '../../../../src/engine/table/build';
import type { Column } from '../../../../src/engine/table/types';

const only = (cells: readonly (string | number)[]): Column => buildTable([['Id'], ...cells.map((c) => [c])]).columns[0] as Column;
const all = (): boolean => true;

describe('idSlots', () => {
  test('numbers in first-seen order, blanks −1, unchosen rows −1', () => {
    // Rows: 7, 3, 7, blank, 3 → 7 is slot 0, 3 is slot 1; row 4 not chosen.
    expect(idSlots(only([7, 3, 7, '', 3]), (i) => i !== 4)).toEqual({ slot: Int32Array.of(0, 1, 0, -1, -1), ids: [7, 3] });
  });

  test('the array lookup and the Map give the same slots: narrow whole numbers, spread numbers, fractions, text among numbers', () => {
    // 18 numbers and 2 texts keep the column numeric; the texts come back trimmed.
    const mixed = only([...Array.from({ length: 18 }, (_, i) => 100 + (i % 5)), ' A1', 'A1']);
    expect(idSlots(mixed, all).ids).toEqual([100, 101, 102, 103, 104, 'A1']);
    expect(Array.from(idSlots(mixed, all).slot.slice(-3))).toEqual([2, 5, 5]);
    expect(idSlots(only([1e12, 5, 1e12]), all).ids).toEqual([1e12, 5]);
    expect(idSlots(only([1.5, 2, 1.5]), all).ids).toEqual([1.5, 2]);
  });

  test('slots agree with a Map keyed by value for any whole numbers', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -1e9, max: 1e9 })), { minLength: 1, maxLength: 60 }), (xs) => {
      const { slot, ids } = idSlots(only(xs), all);
      const firstSeen = [...new Set(xs)];
      return ids.length === firstSeen.length && ids.every((id, s) => id === firstSeen[s]) && xs.every((x, i) => ids[slot[i] as number] === x);
    }));
  });
});

describe('distinctPairs', () => {
  test('true only the first time a pair is seen', () => {
    const seen = distinctPairs(2, 3);
    expect([seen(0, 1), seen(0, 1), seen(1, 1), seen(1, 2), seen(1, 1)]).toEqual([true, false, true, true, false]);
  });

  test('the bitset (small grids) and the owner scheme (large) agree with a Set of pairs', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 })), { maxLength: 80 }), (pairs) => {
      const small = distinctPairs(5, 7);
      // 2^25 customers × 7 units exceeds the bitset limit (2^27 cells): the owner scheme, shared units in a Set.
      const large = distinctPairs(2 ** 25, 7);
      const set = new Set<string>();
      return pairs.every(([c, u]) => {
        const fresh = !set.has(`${c},${u}`);
        set.add(`${c},${u}`);
        return small(c, u) === fresh && large(c, u) === fresh;
      });
    }));
  });
});
