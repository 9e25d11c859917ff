import type { Matrix } from '../matrix';
import { fail } from '../problem';
import { sigmoid } from './logistic-link';
import type { LogisticModel } from './logistic-model';

/**
 * Linear predictor η = intercept + X·coef for every row.
 * @example linearPredictor(fromRows([[1], [-1]]), { intercept: 0.5, coef: Float64Array.of(2) }) // [2.5, -1.5]
 */
export function linearPredictor(x: Matrix, model: Pick<LogisticModel, 'coef' | 'intercept'>): Float64Array {
  const d = x.cols;
  if (model.coef.length !== d) fail('feature-count-mismatch', `The model was fitted on ${model.coef.length} features but the data has ${d} columns; score data with the same columns, in the same order, as the training data.`);
  const eta = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let s = model.intercept;
    for (let j = 0; j < d; j++) s += (model.coef[j] as number) * (x.data[i * d + j] as number);
    eta[i] = s;
  }
  return eta;
}

/**
 * Probability of the positive class for every row of X (prepared and scaled like the training data).
 * @example predictLogistic(fromRows([[0]]), { intercept: 0, coef: Float64Array.of(1), … }) // [0.5]
 */
export function predictLogistic(x: Matrix, model: Pick<LogisticModel, 'coef' | 'intercept'>): Float64Array {
  return linearPredictor(x, model).map(sigmoid);
}
