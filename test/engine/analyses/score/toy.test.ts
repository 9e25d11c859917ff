import { describe, expect, test } from '@jest/globals';
import { scoreNewRows } from '../../../../src/engine/analyses/score';
import type { FittedBoosted } from '../../../../src/engine/analyses/score/boosted';
import { applyDesign, fitDesign } from '../../../../src/engine/analyses/score/design';
import { readTarget } from '../../../../src/engine/analyses/score/detect-target';
import type { FittedLogistic } from '../../../../src/engine/analyses/score/logistic';
import { explainModel, fitModel, predictModel } from '../../../../src/engine/analyses/score/model';
import { topReasons } from '../../../../src/engine/analyses/score/reasons';
import { pointsFactor } from '../../../../src/engine/analyses/score/scorecard';
import { chooseThreshold } from '../../../../src/engine/analyses/score/threshold';
import { validateModel } from '../../../../src/engine/analyses/score/validate-model';
import { score, toyTable } from './run-score';
import { loanBook } from './synthetic';

const logit = (p: number): number => Math.log(p / (1 - p));

describe('design: fitted on training rows only', () => {
  // x = 1, blank, 3 | 10 and home = own, rent, blank | own; rows 0–2 train, row 3 is held out
  const table = toyTable(['x', 'home'], [[1, 'own'], ['', 'rent'], [3, ''], [10, 'own']]);
  const train = Uint32Array.of(0, 1, 2);

  test('median plus indicator, every level, standard scaling', () => {
    // training median of {1, 3} = 2, so x = 1, 2, 3: mean 2, population sd √(2/3)
    // x missing = 0, 1, 0: mean ⅓, sd √(2/9); home = own 1, 0, 0 and home = rent 0, 1, 0: mean ⅓, sd √(2/9)
    const { design } = fitDesign(table, ['x', 'home'], train, { missing: 'median-indicator', oneHot: 'all-levels', scaling: 'standard' });
    expect(design.features.map((f) => f.name)).toEqual(['x', 'x missing', 'home = own', 'home = rent', 'home missing']);
    expect(design.features[0]).toMatchObject({ kind: 'number', fill: 2, center: 2, scale: expect.closeTo(Math.sqrt(2 / 3), 15) });
    const x = applyDesign(design, table, Uint32Array.of(3));
    expect(x.data[0]).toBeCloseTo(8 / Math.sqrt(2 / 3), 12);
    expect(x.data[2]).toBeCloseTo((1 - 1 / 3) / Math.sqrt(2 / 9), 12);
  });

  test('median without indicator, dropping the first level, no scaling; blanks as 0', () => {
    const { design } = fitDesign(table, ['x', 'home'], train, { missing: 'median', oneHot: 'drop-first', scaling: 'none' });
    expect(design.features.map((f) => f.name)).toEqual(['x', 'home = rent']);
    expect(Array.from(applyDesign(design, table).data)).toEqual([1, 0, 2, 1, 3, 0, 10, 0]);
    const zero = fitDesign(table, ['x'], train, { missing: 'zero', oneHot: 'all-levels', scaling: 'none' }).design;
    expect(Array.from(applyDesign(zero, table).data)).toEqual([1, 0, 3, 10]);
  });
});

describe('points, reasons, thresholds by hand', () => {
  test('600 points at good:bad odds 19:1, 50 more each time the odds double', () => {
    // factor = 50 / ln 2 = 72.13475; offset = 600 − 72.13475 · ln 19 = 600 − 72.13475 · 2.944439 = 600 − 212.39638 = 387.60362
    const { factor, offset } = pointsFactor({ baseScore: 600, baseOdds: 19, pdo: 50 });
    expect(factor).toBeCloseTo(72.1347520444, 9);
    expect(offset).toBeCloseTo(387.60362, 4);
    expect(offset + factor * Math.log(19)).toBeCloseTo(600, 12);
    expect(offset + factor * Math.log(38)).toBeCloseTo(650, 12);
  });

  test('reasons are the largest positive contributions, at most three', () => {
    // row 1: A +0.2, B −0.5, C +0.9 → C, A; row 2: all lower the risk → none; row 3: D beats C beats B beats A
    const reasons = topReasons(Float64Array.of(0.2, -0.5, 0.9, 0, -1, -1, -1, -1, 0.1, 0.2, 0.3, 0.4), ['A', 'B', 'C', 'D'], 3);
    expect(reasons).toEqual([['C', 'A'], [], ['D', 'C', 'B']]);
  });

  test('thresholds: fixed, cost ratio 1/(1 + r), Youden on the out-of-fold predictions', () => {
    const y = Uint8Array.of(1, 1, 0, 0), p = Float64Array.of(0.9, 0.6, 0.7, 0.2);
    expect(chooseThreshold({ kind: 'fixed', value: 0.3 }, y, p)).toBe(0.3);
    expect(chooseThreshold({ kind: 'cost', ratio: 4 }, y, p)).toBe(0.2);
    // J = TPR − FPR is ½ first at threshold 0.9 (see youdenThreshold)
    expect(chooseThreshold({ kind: 'youden' }, y, p)).toBe(0.9);
  });
});

describe('validation protocol', () => {
  const { table } = loanBook(300);
  const y = readTarget(table, 'status', null).y;
  const labelled = Uint32Array.from({ length: 300 }, (_, i) => i);

  test('the test part is stratified, disjoint from training, never seen by a fit, and predicted once', () => {
    const protocol = { testRows: null, testSize: 0.2, folds: 5, seed: 7, threshold: { kind: 'fixed', value: 0.5 } } as const;
    // the split depends on the labels and the seed only, so a dry run with a dummy learner names the test rows
    const dry = validateModel(y, labelled, { fit: () => null, predict: (_, rows) => Float64Array.from(rows, (r) => ((r * 7919) % 100) / 100) }, protocol);
    const heldOut = new Set(dry.testRows);
    const fits: Uint32Array[] = [];
    let testPredictions = 0;
    const options = { missing: 'median-indicator', oneHot: 'all-levels', scaling: 'standard' } as const;
    const v = validateModel(y, labelled, {
      fit: (rows) => {
        fits.push(rows);
        return fitModel({ kind: 'logistic', C: 1, classWeight: 'none' }, options, table, ['income', 'home'], y, rows, 0).model;
      },
      predict: (m, rows) => {
        if (rows.some((r) => heldOut.has(r))) testPredictions++;
        return predictModel(m, table, rows).pd;
      },
    }, protocol);
    expect(v.testRows).toEqual(dry.testRows);
    expect(v.testRows.length).toBe(60);
    expect(v.trainRows.length + v.testRows.length).toBe(300);
    const test = new Set(v.testRows);
    expect(v.trainRows.some((r) => test.has(r))).toBe(false);
    expect(fits).toHaveLength(6);
    expect(fits.every((rows) => rows.every((r) => !test.has(r)))).toBe(true);
    expect(testPredictions).toBe(1);
    const share = (rows: Uint32Array): number => rows.reduce((s, r) => s + (y[r] as number), 0) / rows.length;
    expect(Math.abs(share(v.testRows) - share(labelled))).toBeLessThan(1 / 60);
    expect(v.cv.auc.sd).toBeGreaterThan(0);
  });
});

describe('a whole run', () => {
  const { table } = loanBook(400);

  test('sheets, charts and tables a reader expects; two runs of one recipe are equal', () => {
    const report = score(table, { target: 'status', features: ['income', 'home'] });
    expect(report.sheets.map((s) => s.name)).toEqual(['Scores', 'Model', 'Validation', 'ROC', 'Deciles', 'Model card', 'Saved model', 'About']);
    const roc = report.sheets[3];
    expect(roc?.charts[0]).toMatchObject({ type: 'scatter', x: 'False positive rate', series: ['True positive rate', 'Random'] });
    roc?.tables[0]?.rows.forEach((row) => expect(row[2]).toBe(row[0]));
    expect(report.sheets[2]?.tables[0]?.rows).toHaveLength(12);
    expect(report.sheets[0]?.tables[0]?.rows).toHaveLength(400);
    expect(report.recipe.rowKey).toBe('id');
    expect(report.result.deciles).toHaveLength(10);
    expect(JSON.stringify(score(table, { target: 'status', features: ['income', 'home'] }))).toBe(JSON.stringify(report));
  });

  test('the Scores sheet leads with key, actual class, PD, prediction, part and reasons, then the features', () => {
    const scores = score(table, { target: 'status', features: ['income', 'home'] }).sheets[0]?.tables[0];
    expect(scores?.columns.map((c) => c.name)).toEqual(['id', 'status', 'PD', 'Predicted', 'Part', 'Reason 1', 'Reason 2', 'Reason 3', 'income', 'home']);
    expect(new Set(scores?.rows.map((row) => row[3]))).toEqual(new Set(['bad', 'good']));
    // A numeric 1/0 target gets a numeric prediction, as a number like the target beside it.
    const numeric = score(table, { target: 'leak', features: ['income', 'home'] }).sheets[0]?.tables[0];
    expect(new Set(numeric?.rows.map((row) => row[3]))).toEqual(new Set([0, 1]));
    expect(numeric?.columns[3]?.format).toBe('General');
  });

  test('logistic reasons: a row\'s contributions sum to its log-odds minus the log-odds at the training means', () => {
    const r = score(table, { target: 'status', features: ['income', 'home'] }).result;
    const model = r.savedModel.model as FittedLogistic;
    const atMean = model.intercept + model.coef.reduce((s, c, j) => s + c * (model.trainMean[j] as number), 0);
    const why = explainModel(model, table);
    r.pd.forEach((p, i) => expect(why.contributions[2 * i]! + why.contributions[2 * i + 1]!).toBeCloseTo(logit(p) - atMean, 9));
    // income lowers the risk: the lowest incomes name it as a reason, the highest do not
    const byIncome = r.pd.map((_, i) => i).filter((i) => !Number.isNaN(table.columns[1]?.values[i] as number)).sort((a, b) => (table.columns[1]?.values[a] as number) - (table.columns[1]?.values[b] as number));
    expect(r.reasons[byIncome[0] as number]).toContain('income');
    expect(r.reasons[byIncome[byIncome.length - 1] as number]).not.toContain('income');
  });

  test('boosted trees: path reasons sum to the log-odds minus the trees\' expected output; the saved model reproduces PDs', () => {
    const report = score(table, { target: 'status', features: ['income', 'home'], model: { kind: 'boosted', maxIter: 20 } });
    const r = report.result;
    const model = r.savedModel.model as FittedBoosted;
    expect(r.boosting?.trees).toBe(20);
    const expected = model.trees.baseline + model.nodeMeans.reduce((s, means) => s + (means[0] as number), 0);
    const why = explainModel(model, table);
    r.pd.forEach((p, i) => expect(why.contributions[2 * i]! + why.contributions[2 * i + 1]!).toBeCloseTo(logit(p) - expected, 9));
    expect(scoreNewRows(JSON.parse(JSON.stringify(r.savedModel)), table).pd).toEqual(r.pd);
    expect(r.importance[0]?.name).toBe('income');
  });
});
