import { describe, expect, test } from '@jest/globals';
import { kmeans as mlKmeans } from 'ml-kmeans';
import { createRandom, deriveSeed } from '../../src/engine/random';

describe('createRandom', () => {
  test('same seed gives the same sequence; different seeds differ', () => {
    const a = createRandom(42), b = createRandom(42), c = createRandom(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    const sb = Array.from({ length: 5 }, () => b.next());
    const sc = Array.from({ length: 5 }, () => c.next());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  test('next() is uniform in [0, 1): mean ≈ 1/2 and variance ≈ 1/12 over 100,000 draws', () => {
    const rng = createRandom(7);
    let sum = 0, sq = 0, outside = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // standard error of the mean is sqrt(1/12 / n) ≈ 0.0009, so 0.005 is > 5 SE
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  test('int(n) covers 0..n-1 and nothing else', () => {
    const rng = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('derived streams differ from each other and are stable', () => {
    expect(deriveSeed(0, 0)).toBe(deriveSeed(0, 0));
    expect(deriveSeed(0, 0)).not.toBe(deriveSeed(0, 1));
  });

  test('ESM-only ml-kmeans loads under jest', () => {
    expect(typeof mlKmeans).toBe('function');
  });
});
