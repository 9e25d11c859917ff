/**
 * The classification reference cases rebuilt from the CSV files exactly as make_reference.py did:
 * pandas.get_dummies columns in the reference's feature_columns order, training-median imputation,
 * the reference's scaler. Rows are in file order; trainRows / testRows follow split_<d>.json.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { matrix, type Matrix } from '../../../src/engine/matrix';
import { readReference, sharedPath } from '../../shared';

export type DatasetName = 'uci' | 'credit_scoring' | 'telco';

interface SplitReference {
  feature_columns: string[];
  test_index: number[];
  train_median: number[];
  scaler_mean: number[];
  scaler_scale: number[];
}

export interface SklearnFit { coef: number[]; intercept: number; test_auc: number; test_proba: number[] | null }

export interface LogisticReference {
  sklearn: Record<'C1' | 'C0.01' | 'none', SklearnFit>;
  statsmodels_unpenalised: { params: number[]; bse: number[]; pvalues: number[]; llf: number } | { error: string };
}

export interface MetricsReference {
  roc_auc: number; gini: number; ks: number; log_loss: number; brier: number;
  roc: { fpr: number[]; tpr: number[]; thresholds: number[] };
  threshold: number; confusion_matrix: [[number, number], [number, number]];
  accuracy: number; precision: number; recall: number; f1: number;
  cohen_kappa: number; mcc: number; balanced_accuracy: number; youden_threshold: number;
}

export interface ClassificationCase {
  /** Every row of the file, imputed and standardised. */
  x: Matrix;
  y: Uint8Array;
  names: string[];
  trainRows: Uint32Array;
  testRows: Uint32Array;
  logistic: LogisticReference;
  metrics: MetricsReference;
}

const files: Record<DatasetName, { file: string; target: string; positive: string }> = {
  uci: { file: 'uci_credit_card_default.csv', target: 'default.payment.next.month', positive: '1' },
  credit_scoring: { file: 'credit_scoring.csv', target: 'Status', positive: 'bad' },
  telco: { file: 'telco_churn.csv', target: 'churn', positive: 'Yes' },
};

/** One reference case: the full design matrix, labels, split and reference answers. */
export function loadCase(name: DatasetName): ClassificationCase {
  const { file, target, positive } = files[name];
  const parsed = Papa.parse<Record<string, string>>(readFileSync(sharedPath('datasets', file), 'utf8'), { header: true, skipEmptyLines: true });
  const records = parsed.data;
  const headers = parsed.meta.fields ?? [];
  const split = readReference<SplitReference>(`classification/split_${name}.json`);
  const names = split.feature_columns;
  const n = records.length, d = names.length;
  const x = matrix(n, d);
  names.forEach((feature, j) => {
    const column = headers.includes(feature) ? feature : headers.find((h) => feature.startsWith(`${h}_`));
    if (column === undefined) throw new Error(`no CSV column for feature ${feature}`);
    const level = column === feature ? null : feature.slice(column.length + 1);
    const median = split.train_median[j] as number, mean = split.scaler_mean[j] as number, scale = split.scaler_scale[j] as number;
    records.forEach((r, i) => {
      const cell = r[column] ?? '';
      let v: number;
      if (level !== null) v = cell === level ? 1 : 0;
      else if (cell === '') v = name === 'telco' ? 0 : median; // the churn study set blank total_charges to 0
      else v = Number(cell);
      x.data[i * d + j] = (v - mean) / scale;
    });
  });
  const y = Uint8Array.from(records, (r) => (r[target] === positive ? 1 : 0));
  const testRows = Uint32Array.from(split.test_index);
  const isTest = new Uint8Array(n);
  testRows.forEach((i) => (isTest[i] = 1));
  const trainRows = Uint32Array.from({ length: n }, (_, i) => i).filter((i) => isTest[i] === 0);
  return {
    x, y, names, trainRows, testRows,
    logistic: readReference<LogisticReference>(`classification/logistic_${name}.json`),
    metrics: readReference<{ metrics: MetricsReference }>(`classification/metrics_${name}.json`).metrics,
  };
}

/** The rows of a case's design matrix and labels, in the order given. */
export function subset(c: Pick<ClassificationCase, 'x' | 'y'>, rows: Uint32Array): { x: Matrix; y: Uint8Array } {
  const d = c.x.cols;
  const x = matrix(rows.length, d);
  rows.forEach((i, k) => x.data.set(c.x.data.subarray(i * d, (i + 1) * d), k * d));
  return { x, y: Uint8Array.from(rows, (i) => c.y[i] as number) };
}

/** Largest |a − b| / max(|b|, floor) over two equally long sequences. */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>, floor = 0): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const ref = b[i] as number;
    worst = Math.max(worst, Math.abs((a[i] as number) - ref) / Math.max(Math.abs(ref), floor));
  }
  return worst;
}
