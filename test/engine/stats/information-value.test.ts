import { describe, expect, test } from '@jest/globals';
import { informationValue } from '../../../src/engine/stats/information-value';

describe('informationValue', () => {
  test('two mirrored bins', () => {
    // non-event shares g = 3/4, 1/4; event shares b = 1/4, 3/4 → woe ±ln 3, IV = 2 · (1/2) · ln 3.
    const r = informationValue([{ events: 1, nonEvents: 3 }, { events: 3, nonEvents: 1 }]);
    expect(r.woe[0]).toBeCloseTo(Math.log(3), 14);
    expect(r.woe[1]).toBeCloseTo(-Math.log(3), 14);
    expect(r.total).toBeCloseTo(Math.log(3), 14);
    expect(r.adjusted).toBe(false);
  });

  test('a bin without events gets 0.5 so the value stays finite, and says so', () => {
    // events 0 → 0.5: b = 0.5/2.5, 2/2.5 = 0.2, 0.8; g = 0.5, 0.5 → IV = 0.3·ln 2.5 + (−0.3)·ln(0.625).
    const r = informationValue([{ events: 0, nonEvents: 2 }, { events: 2, nonEvents: 2 }]);
    expect(r.adjusted).toBe(true);
    expect(r.total).toBeCloseTo(0.3 * Math.log(2.5) - 0.3 * Math.log(0.625), 14);
  });
});
