import { fitLogistic } from '../../classify/logistic-fit';
import { linearPredictor } from '../../classify/logistic-predict';
import { matrix, type Matrix } from '../../matrix';
import { fail, type Problem } from '../../problem';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import { binWoe, woeOf, type WoeFeature } from './woe';

/** How log-odds become points: `baseScore` points at good:bad odds `baseOdds`, `pdo` more points to double them. */
export interface PointsScale {
  readonly baseScore: number;
  readonly baseOdds: number;
  readonly pdo: number;
}

/** A scorecard: WoE binning per column, logistic regression on the WoE values, points per bin. */
export interface ScorecardSpec extends PointsScale {
  readonly kind: 'scorecard';
  /** Quantile bins per numeric column before monotonic merging. */
  readonly bins: number;
  /** L2 inverse strength on the WoE coefficients, or null for none. */
  readonly C: number | null;
}

export interface FittedScorecard {
  readonly kind: 'scorecard';
  readonly scale: PointsScale;
  /** Binned columns kept in the model (a column with a single bin carries no evidence and is left out). */
  readonly features: readonly WoeFeature[];
  readonly coef: readonly number[];
  readonly intercept: number;
  /** points[j][k]: points of bin k of feature j; a row's score is the sum over its bins. */
  readonly points: readonly (readonly number[])[];
  /** Mean WoE of each feature over the training rows, the baseline of reason codes. */
  readonly trainMean: readonly number[];
}

/**
 * Points scaling constants: score = offset + factor·ln(good:bad odds), factor = pdo / ln 2.
 * @example pointsFactor({ baseScore: 600, baseOdds: 19, pdo: 50 }) // { factor: 72.13…, offset: 600 − 72.13·ln 19 = 387.6… }
 */
export function pointsFactor(scale: PointsScale): { factor: number; offset: number } {
  const factor = scale.pdo / Math.LN2;
  return { factor, offset: scale.baseScore - factor * Math.log(scale.baseOdds) };
}

/**
 * Fit a scorecard on the training rows (y: 1 bad, 0 good): WoE-bin every column, fit the logistic regression
 * on the WoE values, then spread intercept and offset evenly over the features so each bin carries
 * −factor·(coef·WoE + intercept/m) + offset/m points and the sum is offset − factor·(log-odds of default).
 */
export function fitScorecard(spec: ScorecardSpec, table: Table, columns: readonly string[], y: Int8Array, trainRows: Uint32Array): { model: FittedScorecard; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const features = columns.map((name) => binWoe(getColumn(table, name), y, trainRows, { bins: spec.bins })).filter((f) => {
    if (f.bins.length > 1) return true;
    warnings.push({ code: 'constant-feature', column: f.column, message: `Column '${f.column}' falls into a single bin on the training rows, so it cannot tell defaults apart and was left out of the scorecard.` });
    return false;
  });
  if (features.length === 0) fail('no-features', `Every chosen column (${columns.join(', ')}) is constant on the training rows, so there is nothing to score with. Choose columns that vary.`);
  for (const f of features) {
    if (f.reading === 'suspicious') warnings.push({ code: 'iv-suspicious', column: f.column, message: `Column '${f.column}' has an information value of ${f.iv.toFixed(2)} (above 0.5): suspiciously strong. Check that it is known before the outcome and does not give it away.` });
  }
  const x = woeMatrix(features, table, trainRows);
  const labels = Uint8Array.from(trainRows, (r) => y[r] as number);
  const fit = fitLogistic(x, labels, { penalty: spec.C === null ? 'none' : 'l2', ...(spec.C === null ? {} : { C: spec.C }), featureNames: features.map((f) => f.column) });
  const scale = { baseScore: spec.baseScore, baseOdds: spec.baseOdds, pdo: spec.pdo };
  const { factor, offset } = pointsFactor(scale);
  const m = features.length;
  const points = features.map((f, j) => f.bins.map((b) => -factor * ((fit.coef[j] as number) * b.woe + fit.intercept / m) + offset / m));
  const trainMean = features.map((_, j) => {
    let s = 0;
    for (let i = 0; i < x.rows; i++) s += x.data[i * m + j] as number;
    return s / x.rows;
  });
  return { model: { kind: 'scorecard', scale, features, coef: Array.from(fit.coef), intercept: fit.intercept, points, trainMean }, warnings };
}

/** WoE value of every feature for the rows (rows × features). */
export function woeMatrix(features: readonly WoeFeature[], table: Table, rows?: Uint32Array): Matrix {
  const use = rows ?? Uint32Array.from({ length: table.rowCount }, (_, i) => i);
  const d = features.length, x = matrix(use.length, d);
  features.forEach((f, j) => {
    const column = getColumn(table, f.column);
    use.forEach((r, i) => {
      x.data[i * d + j] = woeOf(f, column.type === 'text' ? column.values[r] ?? null : (column.values[r] as number));
    });
  });
  return x;
}

/** Log-odds of default, points, and the WoE matrix for the rows. */
export function scorecardTerms(model: FittedScorecard, table: Table, rows?: Uint32Array): { eta: Float64Array; points: Float64Array; x: Matrix } {
  const x = woeMatrix(model.features, table, rows);
  const eta = linearPredictor(x, { coef: Float64Array.from(model.coef), intercept: model.intercept });
  const { factor, offset } = pointsFactor(model.scale);
  return { eta, points: eta.map((e) => offset - factor * e), x };
}
