import { fitLogistic } from '../../classify/logistic-fit';
import { linearPredictor } from '../../classify/logistic-predict';
import { rocAuc } from '../../classify/roc-auc';
import { singleFeatureSeparation } from '../../classify/single-feature-separation';
import type { Matrix } from '../../matrix';
import type { Problem } from '../../problem';
import type { Table } from '../../table/types';
import { applyDesign, fitDesign, type Design, type DesignOptions } from './design';

/** Logistic regression on the standardised design: L2 penalty with inverse strength C, or none (C null). */
export interface LogisticSpec {
  readonly kind: 'logistic';
  readonly C: number | null;
  readonly classWeight: 'none' | 'balanced';
}

/** A fitted logistic model with its design: plain JSON, enough to score new rows. */
export interface FittedLogistic {
  readonly kind: 'logistic';
  readonly design: Design;
  readonly coef: readonly number[];
  readonly intercept: number;
  /** Mean of each feature over the training rows, the baseline of reason codes. */
  readonly trainMean: readonly number[];
  /** Wald standard errors (index 0 the intercept), unpenalised fits only. */
  readonly stdErr: readonly number[] | null;
  readonly pValue: readonly number[] | null;
  readonly iterations: number;
}

/**
 * Fit the design and the logistic regression on the training rows (y: 1 bad, 0 good). A penalised fit on a
 * feature that alone separates the classes converges (the penalty bounds it) but gets a warning naming it.
 * @example fitLogisticScore({ kind: 'logistic', C: 1, classWeight: 'none' }, options, table, ['Income'], y, train).model.coef.length // 1 (or 2 with a missing indicator)
 */
export function fitLogisticScore(spec: LogisticSpec, options: DesignOptions, table: Table, columns: readonly string[], y: Int8Array, trainRows: Uint32Array): { model: FittedLogistic; warnings: Problem[] } {
  const { design, warnings } = fitDesign(table, columns, trainRows, options);
  const x = applyDesign(design, table, trainRows);
  const labels = Uint8Array.from(trainRows, (r) => y[r] as number);
  const names = design.features.map((f) => f.name);
  const fit = fitLogistic(x, labels, {
    penalty: spec.C === null ? 'none' : 'l2',
    ...(spec.C === null ? {} : { C: spec.C }),
    ...(spec.classWeight === 'balanced' ? { classWeight: 'balanced' as const } : {}),
    featureNames: names,
  });
  const separating = spec.C === null ? -1 : singleFeatureSeparation(x, labels);
  if (separating >= 0 && strictlySeparates(x, labels, separating)) {
    const column = design.features[separating]?.column as string;
    warnings.push({ code: 'separation', column, message: `Feature '${names[separating]}' alone separates defaults from non-defaults in the training rows; the penalty keeps its coefficient finite, but check that column '${column}' does not give the outcome away.` });
  }
  const model: FittedLogistic = {
    kind: 'logistic', design, coef: Array.from(fit.coef), intercept: fit.intercept, trainMean: columnMeans(x),
    stdErr: fit.inference ? Array.from(fit.inference.stdErr) : null, pValue: fit.inference ? Array.from(fit.inference.pValue) : null,
    iterations: fit.iterations,
  };
  return { model, warnings };
}

/** Linear predictor (log-odds of default) and each feature's contribution coef·(x − training mean) for the rows. */
export function logisticTerms(model: FittedLogistic, table: Table, rows?: Uint32Array): { eta: Float64Array; x: Matrix } {
  const x = applyDesign(model.design, table, rows);
  return { eta: linearPredictor(x, { coef: Float64Array.from(model.coef), intercept: model.intercept }), x };
}

/** A tie at the boundary (a rare 0/1 flag) is no separation worth a warning: only an AUC of exactly 0 or 1 is. */
function strictlySeparates(x: Matrix, labels: Uint8Array, j: number): boolean {
  const auc = rocAuc(labels, Float64Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols + j] as number));
  return auc === 0 || auc === 1;
}

function columnMeans(x: Matrix): number[] {
  const means = new Array<number>(x.cols).fill(0);
  for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) means[j] = (means[j] as number) + (x.data[i * x.cols + j] as number) / x.rows;
  return means;
}
