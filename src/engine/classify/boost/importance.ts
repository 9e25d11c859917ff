import type { BoostedModel } from './model';

/**
 * Total split gain per feature over every tree (in column order): how much each feature lowered
 * the boosting loss's second-order approximation. Features never split on get 0. Divide by the
 * sum for shares.
 * @example
 * // a model whose trees split feature 1 with gains 8 and 2 and never use feature 0
 * featureImportance(model) // Float64Array [0, 10]
 */
export function featureImportance(model: BoostedModel): Float64Array {
  const total = new Float64Array(model.featureNames.length);
  for (const tree of model.trees) {
    tree.feature.forEach((f, node) => {
      if (f >= 0) total[f] = (total[f] as number) + (tree.gain[node] as number);
    });
  }
  return total;
}
