import { describe, expect, test } from '@jest/globals';
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
import { type DatasetName, loadCase, maxRelativeError } from './reference-data';

/** Every measure on the C1 test probabilities of logistic_<d>.json equals metrics_<d>.json (scikit-learn 1.2). */
describe.each<DatasetName>(['uci', 'credit_scoring', 'telco'])('measures on %s equal scikit-learn', (name) => {
  const c = loadCase(name);
  const ref = c.metrics;
  const y = Uint8Array.from(c.testRows, (i) => c.y[i] as number);
  const p = Float64Array.from(c.logistic.sklearn.C1.test_proba ?? []);
  const close = (ours: number, theirs: number): void => expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(theirs)));

  test('the test labels come from the file rows at test_index', () => {
    expect(p.length).toBe(y.length);
    const [[tn, fp], [fn, tp]] = ref.confusion_matrix;
    expect(y.reduce((a, b) => a + b, 0)).toBe(fn + tp);
    expect(y.length).toBe(tn + fp + fn + tp);
  });

  test('ROC curve: same points and thresholds, with the max + 1 sentinel first', () => {
    const roc = rocCurve(y, p);
    expect(roc.fpr.length).toBe(ref.roc.fpr.length);
    expect(maxRelativeError(roc.fpr, ref.roc.fpr, 1)).toBeLessThanOrEqual(1e-12);
    expect(maxRelativeError(roc.tpr, ref.roc.tpr, 1)).toBeLessThanOrEqual(1e-12);
    expect(maxRelativeError(roc.thresholds, ref.roc.thresholds, 1)).toBeLessThanOrEqual(1e-12);
    expect(roc.thresholds[0]).toBe(Math.max(...p) + 1);
  });

  test('AUC, Gini, KS, log loss, Brier, Youden threshold', () => {
    close(rocAuc(y, p), ref.roc_auc);
    close(gini(y, p), ref.gini);
    close(ks(y, p), ref.ks);
    close(logLoss(y, p), ref.log_loss);
    close(brierScore(y, p), ref.brier);
    close(youdenThreshold(y, p), ref.youden_threshold);
  });

  test('at threshold 0.5: confusion matrix, accuracy, precision, recall, F1, kappa, MCC, balanced accuracy', () => {
    const cm = confusionAt(y, p, ref.threshold);
    expect([[cm.tn, cm.fp], [cm.fn, cm.tp]]).toEqual(ref.confusion_matrix);
    close(accuracy(cm), ref.accuracy);
    close(precision(cm), ref.precision);
    close(recall(cm), ref.recall);
    close(f1(cm), ref.f1);
    close(cohenKappa(cm), ref.cohen_kappa);
    close(mcc(cm), ref.mcc);
    close(balancedAccuracy(cm), ref.balanced_accuracy);
  });
});
