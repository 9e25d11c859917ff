import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { stratifiedKFold } from '../../../src/engine/classify/stratified-kfold';
import { stratifiedSplit } from '../../../src/engine/classify/stratified-split';
import { InputError } from '../../../src/engine/problem';

/** 0/1 labels with at least `min` rows of each class. */
const labelsWithBothClasses = (min: number) =>
  fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 2 * min, maxLength: 300 })
    .filter((v) => v.filter((x) => x === 1).length >= min && v.filter((x) => x === 0).length >= min)
    .map((v) => Uint8Array.from(v));

const count = (y: Uint8Array, rows: Uint32Array, cls: number) => rows.reduce((s, i) => s + (y[i] === cls ? 1 : 0), 0);

describe('stratifiedSplit', () => {
  test('holds out ⌈testSize·n⌉ rows, disjoint from training, covering every row, each class in proportion', () => {
    fc.assert(fc.property(labelsWithBothClasses(2), fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.integer(), (y, testSize, seed) => {
      const { train, test: held } = stratifiedSplit(y, { testSize, seed });
      const n = y.length, nTest = Math.ceil(testSize * n);
      const all = [...train, ...held].sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(Array.from(held)).toEqual(Array.from(held).sort((a, b) => a - b));
      const clamp = (v: number, nc: number) => Math.min(Math.max(v, 1), nc - 1);
      let clamped = false;
      for (const cls of [0, 1]) {
        const nc = y.filter((v) => v === cls).length;
        const inTest = count(y, held, cls);
        // ⌊share⌋ or ⌈share⌉ of the test rows, kept within [1, n_c − 1] so each side has the class
        const share = (nc * nTest) / n;
        expect(inTest).toBeGreaterThanOrEqual(clamp(Math.floor(share), nc));
        expect(inTest).toBeLessThanOrEqual(clamp(Math.ceil(share), nc));
        clamped ||= clamp(Math.floor(share), nc) !== Math.floor(share) || clamp(Math.ceil(share), nc) !== Math.ceil(share);
      }
      if (!clamped) expect(held.length).toBe(nTest);
    }));
  });

  test('the same seed gives the same split; another seed a different one', () => {
    const y = Uint8Array.from({ length: 500 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const a = stratifiedSplit(y, { seed: 3 }), b = stratifiedSplit(y, { seed: 3 }), c = stratifiedSplit(y, { seed: 4 });
    expect(a).toEqual(b);
    expect(a.test).not.toEqual(c.test);
    // 500 rows, 125 positive: ⌈0.2·500⌉ = 100 test rows, 25 positive and 75 negative
    expect([a.test.length, count(y, a.test, 1)]).toEqual([100, 25]);
  });

  test('refuses one class, a class of one row, and a test share outside (0, 1)', () => {
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InputError).problems[0]?.code;
      }
      return undefined;
    };
    expect(problem(() => stratifiedSplit(Uint8Array.of(0, 0, 0, 0), { seed: 1 }))).toBe('class-too-small');
    expect(problem(() => stratifiedSplit(Uint8Array.of(0, 0, 0, 1), { seed: 1 }))).toBe('class-too-small');
    expect(problem(() => stratifiedSplit(Uint8Array.of(0, 0, 1, 1), { seed: 1, testSize: 1 }))).toBe('bad-test-size');
  });
});

describe('stratifiedKFold', () => {
  test('every fold holds ⌊n_c/k⌋ or ⌈n_c/k⌉ rows of each class and ⌊n/k⌋ or ⌈n/k⌉ rows in all', () => {
    fc.assert(fc.property(labelsWithBothClasses(10), fc.integer({ min: 2, max: 10 }), fc.integer(), (y, k, seed) => {
      const fold = stratifiedKFold(y, { k, seed });
      expect(fold.length).toBe(y.length);
      expect(fold.every((f) => f < k)).toBe(true);
      for (let f = 0; f < k; f++) {
        const rows = Uint32Array.from(fold.keys()).filter((i) => fold[i] === f);
        expect(Math.abs(rows.length - y.length / k)).toBeLessThan(1);
        for (const cls of [0, 1]) {
          const nc = y.filter((v) => v === cls).length;
          expect(Math.abs(count(y, rows, cls) - nc / k)).toBeLessThan(1);
        }
      }
    }));
  });

  test('the same seed gives the same folds; another seed different ones', () => {
    const y = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(stratifiedKFold(y, { seed: 9 })).toEqual(stratifiedKFold(y, { seed: 9 }));
    expect(stratifiedKFold(y, { seed: 9 })).not.toEqual(stratifiedKFold(y, { seed: 10 }));
  });

  test('refuses fewer rows of a class than folds, and k < 2', () => {
    expect(() => stratifiedKFold(Uint8Array.of(0, 0, 0, 0, 0, 1, 1, 1, 1), { seed: 1 })).toThrow(/class 1 has 4/);
    expect(() => stratifiedKFold(Uint8Array.of(0, 0, 1, 1), { k: 1, seed: 1 })).toThrow(InputError);
  });
});

test('stratifiedSplit handles a full-height sheet (1,048,575 rows) without overflowing the stack', () => {
  const y = new Uint8Array(1_048_575);
  for (let i = 0; i < y.length; i += 5) y[i] = 1;
  const { train, test } = stratifiedSplit(y, { testSize: 0.2, seed: 3 });
  expect(train.length + test.length).toBe(y.length);
  expect(test.length).toBe(Math.ceil(0.2 * y.length));
});
