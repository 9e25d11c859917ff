import { fail } from '../problem';
import type { LogisticOptions } from './logistic-model';

/**
 * Weight of each row in the loss: the sample weight (default 1) times the class weight, where
 * 'balanced' gives class c the weight n / (2·n_c) counted on unweighted rows, as scikit-learn.
 * @example rowWeights(Uint8Array.of(0, 0, 0, 1), { classWeight: 'balanced' }) // [2/3, 2/3, 2/3, 2]
 */
export function rowWeights(y: Uint8Array, options: Pick<LogisticOptions, 'sampleWeight' | 'classWeight'>): Float64Array {
  const n = y.length;
  const { sampleWeight } = options;
  if (sampleWeight && sampleWeight.length !== n) fail('weight-length', `There are ${sampleWeight.length} sample weights for ${n} rows; give one weight per row.`);
  const w = sampleWeight ? Float64Array.from(sampleWeight) : new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const v = w[i] as number;
    if (!(v >= 0 && Number.isFinite(v))) fail('bad-weight', `The sample weight of data row ${i + 1} is ${v}; weights must be finite and not negative.`);
  }
  if (options.classWeight === 'balanced') {
    let positives = 0;
    for (let i = 0; i < n; i++) positives += y[i] as number;
    const perClass = [n / (2 * (n - positives)), n / (2 * positives)];
    for (let i = 0; i < n; i++) w[i] = (w[i] as number) * (perClass[y[i] as number] as number);
  }
  if (!(w.reduce((a, b) => a + b, 0) > 0)) fail('bad-weight', 'Every row has weight 0; give some rows a positive weight.');
  return w;
}
