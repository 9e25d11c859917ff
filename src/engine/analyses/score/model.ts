import { sigmoid } from '../../classify/logistic-link';
import type { Problem } from '../../problem';
import type { Table } from '../../table/types';
import { boostedContributions, boostedTerms, fitBoostedScore, type BoostedSpec, type FittedBoosted } from './boosted';
import { applyDesign, type DesignOptions } from './design';
import { fitLogisticScore, logisticTerms, type FittedLogistic, type LogisticSpec } from './logistic';
import { fitScorecard, scorecardTerms, type FittedScorecard, type ScorecardSpec } from './scorecard';

/** The model a score recipe asks for. */
export type ModelSpec = LogisticSpec | ScorecardSpec | BoostedSpec;
/** A fitted model, plain JSON: what the saved model carries. */
export type FittedModel = FittedLogistic | FittedScorecard | FittedBoosted;

/** Predictions for some rows: probability of default and scorecard points (null for other models). */
export interface ModelOutput {
  readonly pd: Float64Array;
  readonly points: Float64Array | null;
}

/** Why each row scored as it did. */
export interface Explanation {
  /** Source column of each contribution. */
  readonly columns: readonly string[];
  /** rows × columns, row-major: how much each column raised (+) or lowered (−) the row's log-odds of default against the training average. */
  readonly contributions: Float64Array;
}

/**
 * Fit the chosen model on the training rows (y: 1 bad, 0 good, −1 never among them); `seed` drives any randomness.
 * @example fitModel({ kind: 'logistic', C: 1, classWeight: 'none' }, designOptions, table, ['Income'], y, trainRows, 0).model.kind // 'logistic'
 */
export function fitModel(spec: ModelSpec, options: DesignOptions, table: Table, columns: readonly string[], y: Int8Array, trainRows: Uint32Array, seed: number): { model: FittedModel; warnings: Problem[] } {
  switch (spec.kind) {
    case 'logistic':
      return fitLogisticScore(spec, options, table, columns, y, trainRows);
    case 'scorecard':
      return fitScorecard(spec, table, columns, y, trainRows);
    case 'boosted':
      return fitBoostedScore(spec, options, table, columns, y, trainRows, seed);
    default: {
      const unknown: never = spec;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Predict `rows` (default all) of a table with a fitted model. */
export function predictModel(model: FittedModel, table: Table, rows?: Uint32Array): ModelOutput {
  switch (model.kind) {
    case 'logistic':
      return { pd: logisticTerms(model, table, rows).eta.map(sigmoid), points: null };
    case 'scorecard': {
      const { eta, points } = scorecardTerms(model, table, rows);
      return { pd: eta.map(sigmoid), points };
    }
    case 'boosted':
      return { pd: boostedTerms(model, table, rows).eta.map(sigmoid), points: null };
    default: {
      const unknown: never = model;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/**
 * Per-row contributions of each source column to the log-odds of default: coefficient × (value − training mean)
 * summed over a column's features (logistic on standardised features, scorecard on WoE), or credited along
 * the trees' paths.
 */
export function explainModel(model: FittedModel, table: Table, rows?: Uint32Array): Explanation {
  switch (model.kind) {
    case 'logistic': {
      const { x } = logisticTerms(model, table, rows);
      const columns = [...new Set(model.design.features.map((f) => f.column))];
      const owner = model.design.features.map((f) => columns.indexOf(f.column));
      return { columns, contributions: linearContributions(x.data, x.rows, model.coef, model.trainMean, owner, columns.length) };
    }
    case 'scorecard': {
      const { x } = scorecardTerms(model, table, rows);
      const columns = model.features.map((f) => f.column);
      return { columns, contributions: linearContributions(x.data, x.rows, model.coef, model.trainMean, columns.map((_, j) => j), columns.length) };
    }
    case 'boosted': {
      const x = applyDesign(model.design, table, rows);
      const columns = [...new Set(model.design.features.map((f) => f.column))];
      return { columns, contributions: boostedContributions(model, x, columns) };
    }
    default: {
      const unknown: never = model;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Σ over a column's features of coef·(x − training mean), per row. */
function linearContributions(x: Float64Array, n: number, coef: readonly number[], mean: readonly number[], owner: readonly number[], m: number): Float64Array {
  const d = coef.length, out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const k = i * m + (owner[j] as number);
      out[k] = (out[k] as number) + (coef[j] as number) * ((x[i * d + j] as number) - (mean[j] as number));
    }
  }
  return out;
}
