import { sigmoid } from '../../classify/logistic-link';
import type { Problem } from '../../problem';
import type { Table } from '../../table/types';
import type { DesignOptions } from './design';
import { fitLogisticScore, logisticTerms, type FittedLogistic, type LogisticSpec } from './logistic';
import { fitScorecard, scorecardTerms, type FittedScorecard, type ScorecardSpec } from './scorecard';

/** The model a score recipe asks for. Gradient-boosted trees join here when their kernel lands. */
export type ModelSpec = LogisticSpec | ScorecardSpec;
/** A fitted model, plain JSON: what the saved model carries. */
export type FittedModel = FittedLogistic | FittedScorecard;

/** Predictions for some rows: probability of default, scorecard points (null for other models), risk contributions. */
export interface ModelOutput {
  readonly pd: Float64Array;
  readonly points: Float64Array | null;
  /** Source column of each contribution. */
  readonly columns: readonly string[];
  /** rows × columns, row-major: how much each column raised (+) or lowered (−) the row's log-odds of default against the training average. */
  readonly contributions: Float64Array;
}

/**
 * Fit the chosen model on the training rows (y: 1 bad, 0 good, −1 never among them).
 * @example fitModel({ kind: 'logistic', C: 1, classWeight: 'none' }, designOptions, table, ['Income'], y, trainRows).model.kind // 'logistic'
 */
export function fitModel(spec: ModelSpec, options: DesignOptions, table: Table, columns: readonly string[], y: Int8Array, trainRows: Uint32Array): { model: FittedModel; warnings: Problem[] } {
  switch (spec.kind) {
    case 'logistic':
      return fitLogisticScore(spec, options, table, columns, y, trainRows);
    case 'scorecard':
      return fitScorecard(spec, table, columns, y, trainRows);
    default: {
      const unknown: never = spec;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Predict `rows` (default all) of a table with a fitted model. */
export function predictModel(model: FittedModel, table: Table, rows?: Uint32Array): ModelOutput {
  switch (model.kind) {
    case 'logistic': {
      const { eta, x } = logisticTerms(model, table, rows);
      const columns = [...new Set(model.design.features.map((f) => f.column))];
      const owner = model.design.features.map((f) => columns.indexOf(f.column));
      return { pd: eta.map(sigmoid), points: null, columns, contributions: contributions(x.data, x.rows, model.coef, model.trainMean, owner, columns.length) };
    }
    case 'scorecard': {
      const { eta, points, x } = scorecardTerms(model, table, rows);
      const columns = model.features.map((f) => f.column);
      return { pd: eta.map(sigmoid), points, columns, contributions: contributions(x.data, x.rows, model.coef, model.trainMean, columns.map((_, j) => j), columns.length) };
    }
    default: {
      const unknown: never = model;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Σ over a column's features of coef·(x − training mean), per row. */
function contributions(x: Float64Array, n: number, coef: readonly number[], mean: readonly number[], owner: readonly number[], m: number): Float64Array {
  const d = coef.length, out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const k = i * m + (owner[j] as number);
      out[k] = (out[k] as number) + (coef[j] as number) * ((x[i * d + j] as number) - (mean[j] as number));
    }
  }
  return out;
}
