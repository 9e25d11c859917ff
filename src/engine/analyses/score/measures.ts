import { brierScore } from '../../classify/brier-score';
import { cohenKappa } from '../../classify/cohen-kappa';
import { confusionAt, type Confusion } from '../../classify/confusion';
import { accuracy, balancedAccuracy, f1, precision, recall } from '../../classify/confusion-measures';
import { ks } from '../../classify/ks';
import { logLoss } from '../../classify/log-loss';
import { mcc } from '../../classify/mcc';
import { rocAuc } from '../../classify/roc-auc';

/** The measures a credit-risk analyst reads, on one set of labelled rows. Those after `brier` depend on the threshold. */
export interface Measures {
  readonly auc: number;
  readonly gini: number;
  readonly ks: number;
  readonly logLoss: number;
  readonly brier: number;
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly kappa: number;
  readonly mcc: number;
  readonly balancedAccuracy: number;
}

export type MeasureName = keyof Measures;

/** Report order and labels of the measures. */
export const MEASURE_LABELS: readonly (readonly [MeasureName, string])[] = [
  ['auc', 'ROC AUC'], ['gini', 'Gini'], ['ks', 'KS'], ['logLoss', 'Log loss'], ['brier', 'Brier score'],
  ['accuracy', 'Accuracy'], ['precision', 'Precision'], ['recall', 'Recall'], ['f1', 'F1'],
  ['kappa', "Cohen's kappa"], ['mcc', 'MCC'], ['balancedAccuracy', 'Balanced accuracy'],
];

/**
 * Every measure of probabilities `p` against labels `y`, predicting a default when p ≥ threshold.
 * @example measureAll(Uint8Array.of(1, 0), Float64Array.of(0.8, 0.4), 0.5) // { auc: 1, gini: 1, ks: 1, brier: 0.1, accuracy: 1, … }
 */
export function measureAll(y: Uint8Array, p: Float64Array, threshold: number): { measures: Measures; confusion: Confusion } {
  const confusion = confusionAt(y, p, threshold);
  const auc = rocAuc(y, p);
  return {
    measures: {
      auc, gini: 2 * auc - 1, ks: ks(y, p), logLoss: logLoss(y, p), brier: brierScore(y, p),
      accuracy: accuracy(confusion), precision: precision(confusion), recall: recall(confusion), f1: f1(confusion),
      kappa: cohenKappa(confusion), mcc: mcc(confusion), balancedAccuracy: balancedAccuracy(confusion),
    },
    confusion,
  };
}
