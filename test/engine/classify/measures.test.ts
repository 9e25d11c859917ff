import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { brierScore } from '../../../src/engine/classify/brier-score';
import { cohenKappa } from '../../../src/engine/classify/cohen-kappa';
import { confusionAt } from '../../../src/engine/classify/confusion';
import { accuracy, balancedAccuracy, f1, precision, recall } from '../../../src/engine/classify/confusion-measures';
import { ks } from '../../../src/engine/classify/ks';
import { logLoss } from '../../../src/engine/classify/log-loss';
import { mcc } from '../../../src/engine/classify/mcc';
import { gini, rocAuc } from '../../../src/engine/classify/roc-auc';
import { rocCurve } from '../../../src/engine/classify/roc-curve';
import { youdenThreshold } from '../../../src/engine/classify/youden-threshold';
import { problemOf } from '../../problems';

const labels = (...v: number[]) => Uint8Array.from(v);
const scores = (...v: number[]) => Float64Array.from(v);
const codeOf = (f: () => unknown): string => problemOf(f).code;

/** Labelled scores with both classes and many ties (scores drawn from a few values). */
const labelledScores = fc
  .array(fc.record({ y: fc.integer({ min: 0, max: 1 }), p: fc.integer({ min: 0, max: 8 }).map((k) => k / 8) }), { minLength: 2, maxLength: 60 })
  .filter((rows) => rows.some((r) => r.y === 1) && rows.some((r) => r.y === 0))
  .map((rows) => ({ y: Uint8Array.from(rows, (r) => r.y), p: Float64Array.from(rows, (r) => r.p) }));

describe('rocCurve', () => {
  test('scikit-learn\'s documented example, with the max + 1 sentinel first', () => {
    // sorted descending: 0.8 (pos), 0.4 (neg), 0.35 (pos), 0.1 (neg); every point is a corner, none dropped
    const roc = rocCurve(labels(0, 0, 1, 1), scores(0.1, 0.4, 0.35, 0.8));
    expect(Array.from(roc.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(roc.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(Array.from(roc.thresholds)).toEqual([1.8, 0.8, 0.4, 0.35, 0.1]);
  });

  test('drops a point whose counts are the midpoint of its neighbours (drop_intermediate)', () => {
    // thresholds 0.9, 0.8, 0.7, 0.1 give tp 1, 2, 3, 3 and fp 0, 0, 0, 1: at 0.8 both second
    // differences are 0 (1−2·2+3, 0−0+0), so 0.8 goes; at 0.7 tp's is 2 − 6 + 3 = −1, so it stays
    const roc = rocCurve(labels(1, 1, 1, 0), scores(0.9, 0.8, 0.7, 0.1));
    expect(Array.from(roc.thresholds)).toEqual([1.9, 0.9, 0.7, 0.1]);
    expect(Array.from(roc.tpr)).toEqual([0, 1 / 3, 1, 1]);
    expect(Array.from(roc.fpr)).toEqual([0, 0, 0, 1]);
  });
});

describe('rocAuc, gini, ks, youdenThreshold', () => {
  test('a tie between a positive and a negative counts one half', () => {
    // pairs (pos, neg): (0.8, 0.5) 1, (0.8, 0.1) 1, (0.5, 0.5) ½, (0.5, 0.1) 1 → 3.5 / 4
    expect(rocAuc(labels(1, 1, 0, 0), scores(0.8, 0.5, 0.5, 0.1))).toBe(0.875);
    expect(gini(labels(1, 1, 0, 0), scores(0.8, 0.5, 0.5, 0.1))).toBe(0.75);
    expect(rocAuc(labels(1, 0, 1, 0), scores(0.3, 0.3, 0.3, 0.3))).toBe(0.5);
  });

  test('KS and the Youden threshold by hand', () => {
    // positives 0.9, 0.6; negatives 0.7, 0.2. TPR − FPR at 0.9: ½ − 0; at 0.7: ½ − ½; at 0.6: 1 − ½; at 0.2: 1 − 1.
    // The first maximum (½) is at 0.9.
    expect(ks(labels(1, 1, 0, 0), scores(0.9, 0.6, 0.7, 0.2))).toBe(0.5);
    expect(youdenThreshold(labels(1, 1, 0, 0), scores(0.9, 0.6, 0.7, 0.2))).toBe(0.9);
  });

  test('AUC equals the share of (positive, negative) pairs ranked right, ties counting ½', () => {
    fc.assert(fc.property(labelledScores, ({ y, p }) => {
      let wins = 0, pairs = 0;
      for (let i = 0; i < y.length; i++) for (let j = 0; j < y.length; j++) {
        if (y[i] !== 1 || y[j] !== 0) continue;
        pairs++;
        wins += (p[i] as number) > (p[j] as number) ? 1 : p[i] === p[j] ? 0.5 : 0;
      }
      expect(rocAuc(y, p)).toBeCloseTo(wins / pairs, 14);
    }));
  });

  test('AUC and KS depend only on the ranking; reversing the scores gives 1 − AUC and the same KS', () => {
    fc.assert(fc.property(labelledScores, ({ y, p }) => {
      const auc = rocAuc(y, p);
      expect(rocAuc(y, p.map((v) => Math.exp(3 * v) - 7))).toBeCloseTo(auc, 14);
      expect(rocAuc(y, p.map((v) => 1 - v))).toBeCloseTo(1 - auc, 14);
      expect(ks(y, p.map((v) => -v))).toBeCloseTo(ks(y, p), 14);
    }));
  });

  test('KS is the largest |TPR − FPR| over every threshold, and the curve runs from (0, 0) to (1, 1)', () => {
    fc.assert(fc.property(labelledScores, ({ y, p }) => {
      const pos = y.reduce((a, b) => a + b, 0), neg = y.length - pos;
      let best = 0;
      for (const t of p) {
        let tp = 0, fp = 0;
        p.forEach((v, i) => {
          if (v >= t && y[i] === 1) tp++;
          else if (v >= t) fp++;
        });
        best = Math.max(best, Math.abs(tp / pos - fp / neg));
      }
      expect(ks(y, p)).toBeCloseTo(best, 14);
      const roc = rocCurve(y, p);
      expect([roc.fpr[0], roc.tpr[0], roc.fpr[roc.fpr.length - 1], roc.tpr[roc.tpr.length - 1]]).toEqual([0, 0, 1, 1]);
    }));
  });
});

describe('logLoss and brierScore', () => {
  test('by hand, and a confident mistake is clipped at 1e-15', () => {
    // −(ln 0.8 + ln 0.6) / 2
    expect(logLoss(labels(1, 0), scores(0.8, 0.4))).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 15);
    expect(logLoss(labels(1), scores(0))).toBeCloseTo(-Math.log(1e-15), 12);
    // (0.2² + 0.4²) / 2
    expect(brierScore(labels(1, 0), scores(0.8, 0.4))).toBeCloseTo(0.1, 15);
  });
});

describe('confusion and the measures at a threshold', () => {
  const c = { tn: 50, fp: 10, fn: 5, tp: 35 };

  test('a score equal to the threshold is predicted positive, as (proba >= 0.5)', () => {
    expect(confusionAt(labels(1, 1, 0, 0), scores(0.9, 0.3, 0.5, 0.1), 0.5)).toEqual({ tn: 1, fp: 1, fn: 1, tp: 1 });
  });

  test('accuracy, precision, recall, F1 and balanced accuracy by hand', () => {
    expect(accuracy(c)).toBe(0.85); // 85 / 100
    expect(precision(c)).toBeCloseTo(35 / 45, 15);
    expect(recall(c)).toBeCloseTo(35 / 40, 15);
    expect(f1(c)).toBeCloseTo(70 / 85, 15); // 2·tp / (2·tp + fp + fn)
    expect(balancedAccuracy(c)).toBeCloseTo((50 / 60 + 35 / 40) / 2, 15);
  });

  test('Cohen\'s kappa by hand', () => {
    // actual 60 neg / 40 pos, predicted 55 neg / 45 pos; observed agreement 0.85, chance agreement
    // 0.60·0.55 + 0.40·0.45 = 0.51, κ = (0.85 − 0.51) / (1 − 0.51) = 34/49
    expect(cohenKappa(c)).toBeCloseTo(34 / 49, 14);
  });

  test('MCC by hand, and 0 when every row is predicted the same', () => {
    // (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn)) = (1750 − 50) / √(45·40·60·55)
    expect(mcc(c)).toBeCloseTo(1700 / Math.sqrt(45 * 40 * 60 * 55), 14);
    expect(mcc({ tn: 60, fp: 0, fn: 40, tp: 0 })).toBe(0);
    expect(precision({ tn: 60, fp: 0, fn: 40, tp: 0 })).toBe(0);
  });

  test('MCC equals the Pearson correlation of labels and predictions', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })), { minLength: 2, maxLength: 50 }), (rows) => {
      const a = rows.map((r) => r[0]), b = rows.map((r) => r[1]);
      const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
      const ma = mean(a), mb = mean(b);
      const cov = mean(a.map((x, i) => (x - ma) * ((b[i] as number) - mb)));
      const va = mean(a.map((x) => (x - ma) ** 2)), vb = mean(b.map((x) => (x - mb) ** 2));
      const c2 = confusionAt(Uint8Array.from(a), Float64Array.from(b), 0.5);
      expect(mcc(c2)).toBeCloseTo(va * vb === 0 ? 0 : cov / Math.sqrt(va * vb), 12);
    }));
  });
});

describe('bad input gets a message', () => {
  test('one class only, mismatched lengths, a label other than 0/1, a missing score', () => {
    expect(codeOf(() => rocAuc(labels(1, 1), scores(0.2, 0.4)))).toBe('one-class');
    expect(codeOf(() => ks(labels(0, 0), scores(0.2, 0.4)))).toBe('one-class');
    expect(codeOf(() => logLoss(labels(0, 1), scores(0.2)))).toBe('length-mismatch');
    expect(codeOf(() => brierScore(labels(0, 2), scores(0.2, 0.4)))).toBe('labels-not-binary');
    expect(codeOf(() => confusionAt(labels(0, 1), scores(0.2, NaN)))).toBe('score-not-finite');
    expect(codeOf(() => logLoss(labels(), scores()))).toBe('no-rows');
  });
});
