import { describe, expect, test } from '@jest/globals';
import type { FittedLogistic } from '../../../../src/engine/analyses/score/logistic';
import { readReference } from '../../../shared';
import { maxRelativeError, type LogisticReference } from '../../classify/reference-data';
import { datasetTable, score } from './run-score';

/*
 * The UCI and credit-scoring reference cases run end to end through the recipe: the reference's test rows
 * named explicitly, its preprocessing spelled out (one-hot keeping every level, training-median imputation
 * without an indicator, standard scaling on the training part). The tolerances are the classify kernels'
 * own (test/engine/classify/logistic-reference.test.ts): scikit-learn's lbfgs stops up to 1.8e-3 (relative
 * to the largest coefficient) short of the optimum that Newton reaches, so coefficients agree to 2.5e-3 of
 * the largest and test AUC to 1e-6; statsmodels' Newton solution agrees to 1e-9.
 */

interface SplitReference { feature_columns: string[]; test_index: number[]; train_median: number[]; scaler_mean: number[]; scaler_scale: number[] }

/** The recipe's feature names ("Home = owner") in get_dummies' spelling ("Home_owner"). */
const pandasName = (name: string): string => name.replace(' = ', '_');

function byReferenceOrder<T extends { name: string }>(rows: readonly T[], order: readonly string[]): T[] {
  return order.map((name) => {
    const row = rows.find((r) => pandasName(r.name) === name);
    if (!row) throw new Error(`no feature ${name}`);
    return row;
  });
}

const scaledError = (ours: readonly number[], ref: readonly number[]): number => maxRelativeError(ours, ref, Math.max(...ref.map(Math.abs)));

describe('UCI credit-card default through the score recipe (24,000 training rows, 6,000 test rows)', () => {
  const table = datasetTable('uci_credit_card_default.csv');
  const split = readReference<SplitReference>('classification/split_uci.json');
  const ref = readReference<LogisticReference>('classification/logistic_uci.json');
  // two folds: cross-validation is not what is compared here, and each fold is a full fit on 12,000+ rows
  const recipe = { target: 'default.payment.next.month', testRows: split.test_index, missing: 'median', oneHot: 'all-levels', folds: 2 };

  test('C = 1: ID is the row key, the design is the reference\'s, coefficients and test AUC equal scikit-learn\'s', () => {
    const report = score(table, { ...recipe, model: { kind: 'logistic', C: 1 } });
    const r = report.result;
    expect(report.recipe.rowKey).toBe('ID');
    expect(report.recipe.features).toEqual(split.feature_columns);
    expect(r.target.positive).toBe('1');
    expect([r.rowsTrain, r.rowsTest]).toEqual([24_000, 6_000]);
    const model = r.savedModel.model as FittedLogistic;
    const features = byReferenceOrder(model.design.features, split.feature_columns);
    expect(maxRelativeError(features.map((f) => f.center), split.scaler_mean)).toBeLessThan(1e-12);
    expect(maxRelativeError(features.map((f) => f.scale), split.scaler_scale)).toBeLessThan(1e-12);
    const coefs = byReferenceOrder(r.coefficients ?? [], split.feature_columns);
    expect(scaledError(coefs.map((c) => c.coef), ref.sklearn.C1.coef)).toBeLessThan(2.5e-3);
    expect(Math.abs(r.intercept - ref.sklearn.C1.intercept)).toBeLessThan(1e-4);
    expect(Math.abs(r.test.auc - ref.sklearn.C1.test_auc)).toBeLessThan(1e-6);
    expect(r.test.gini).toBeCloseTo(2 * r.test.auc - 1, 14);
    // every test row's PD is scikit-learn's predict_proba up to the lbfgs gap (4.1e-4 at worst, measured)
    const testPd = split.test_index.map((i) => r.pd[i] as number);
    expect(maxRelativeError(testPd, ref.sklearn.C1.test_proba ?? [], 1)).toBeLessThan(1e-3);
    // per-unit coefficients undo the scaling: β / σ
    expect(coefs[0]?.coefPerUnit).toBeCloseTo((coefs[0]?.coef as number) / (split.scaler_scale[0] as number), 15);
  });

  test('no penalty: parameters and standard errors equal statsmodels\' Logit', () => {
    const r = score(table, { ...recipe, model: { kind: 'logistic', C: null } }).result;
    const sm = ref.statsmodels_unpenalised;
    if ('error' in sm) throw new Error('the UCI reference has a statsmodels fit');
    const coefs = byReferenceOrder(r.coefficients ?? [], split.feature_columns);
    expect(scaledError([r.intercept, ...coefs.map((c) => c.coef)], sm.params)).toBeLessThan(1e-9);
    expect(maxRelativeError(coefs.map((c) => c.stdErr as number), sm.bse.slice(1))).toBeLessThan(1e-3);
    expect(Math.abs(r.test.auc - ref.sklearn.none.test_auc)).toBeLessThan(1e-5);
  });
});

describe('credit_scoring through the score recipe (blank categories are all-zero rows, as get_dummies)', () => {
  const table = datasetTable('credit_scoring.csv');
  const split = readReference<SplitReference>('classification/split_credit_scoring.json');
  const ref = readReference<LogisticReference>('classification/logistic_credit_scoring.json');

  test('C = 1: training medians, test probabilities and AUC equal the reference', () => {
    const r = score(table, { target: 'Status', testRows: split.test_index, missing: 'median', oneHot: 'all-levels', model: { kind: 'logistic', C: 1 } }).result;
    expect(r.target).toEqual({ column: 'Status', positive: 'bad', negative: 'good', missing: 0 });
    const model = r.savedModel.model as FittedLogistic;
    const features = byReferenceOrder(model.design.features, split.feature_columns);
    const medians = features.map((f) => (f.kind === 'number' ? f.fill : NaN));
    split.feature_columns.forEach((name, j) => {
      if (!name.includes('_')) expect(medians[j]).toBe(split.train_median[j]);
    });
    const testPd = split.test_index.map((i) => r.pd[i] as number);
    expect(maxRelativeError(testPd, ref.sklearn.C1.test_proba ?? [], 1)).toBeLessThan(1e-4);
    expect(Math.abs(r.test.auc - ref.sklearn.C1.test_auc)).toBeLessThan(1e-5);
  });
});
