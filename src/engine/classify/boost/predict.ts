import type { Matrix } from '../../matrix';
import { fail } from '../../problem';
import { sigmoid } from '../logistic-link';
import { checkFinite } from './check-input';
import type { BoostedModel } from './model';
import { addTreeRaw } from './tree';

/**
 * Log-odds of class 1 per row: the baseline plus every tree's leaf. X holds raw feature values
 * in the model's column order; NaN is missing.
 * @example boostedLogOdds(model, x)[0] // model.baseline + Σ leaf values reached by row 0
 */
export function boostedLogOdds(model: BoostedModel, x: Matrix): Float64Array {
  const d = model.featureNames.length;
  if (x.cols !== d) fail('feature-count', `The model was fitted on ${d} feature columns (${model.featureNames.join(', ')}) but the rows to score have ${x.cols}; select the same columns in the same order.`);
  checkFinite(x, model.featureNames);
  const out = new Float64Array(x.rows).fill(model.baseline);
  for (const tree of model.trees) addTreeRaw(tree, x, out);
  return out;
}

/**
 * Probability of class 1 per row, the logistic function of {@link boostedLogOdds}.
 * @example predictBoosted(fitBoostedTrees(x, y), x) // Float64Array of values in (0, 1)
 */
export function predictBoosted(model: BoostedModel, x: Matrix): Float64Array {
  return boostedLogOdds(model, x).map(sigmoid);
}
