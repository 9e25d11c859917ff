import { boostedLogOdds, fitBoostedTrees, type BoostedModel } from '../../classify/boost';
import type { Matrix } from '../../matrix';
import type { Problem } from '../../problem';
import type { Table } from '../../table/types';
import { applyDesign, fitDesign, type Design, type DesignOptions } from './design';
import { nodeMeans, pathContributions } from './tree-paths';

/** Gradient-boosted trees (histogram-based, as scikit-learn's HistGradientBoostingClassifier), seeded by the recipe. */
export interface BoostedSpec {
  readonly kind: 'boosted';
  readonly learningRate: number;
  readonly maxIter: number;
  readonly maxLeafNodes: number;
  readonly l2Regularization: number;
  readonly classWeight: 'none' | 'balanced';
}

/** Fitted trees with their design (unscaled: trees only compare values). */
export interface FittedBoosted {
  readonly kind: 'boosted';
  readonly design: Design;
  readonly trees: BoostedModel;
  /** Expected output of every node of every tree over the training rows, the baseline of reason codes. */
  readonly nodeMeans: readonly (readonly number[])[];
}

/**
 * Fit the design (imputation and one-hot as the recipe says, no scaling) and the boosted trees on the training rows.
 * @example fitBoostedScore(spec, options, table, columns, y, trainRows, 0).model.trees.iterations // ≤ spec.maxIter
 */
export function fitBoostedScore(spec: BoostedSpec, options: DesignOptions, table: Table, columns: readonly string[], y: Int8Array, trainRows: Uint32Array, seed: number): { model: FittedBoosted; warnings: Problem[] } {
  const { design, warnings } = fitDesign(table, columns, trainRows, { ...options, scaling: 'none' });
  const x = applyDesign(design, table, trainRows);
  const trees = fitBoostedTrees(x, Uint8Array.from(trainRows, (r) => y[r] as number), {
    learningRate: spec.learningRate, maxIter: spec.maxIter, maxLeafNodes: spec.maxLeafNodes, l2Regularization: spec.l2Regularization,
    ...(spec.classWeight === 'balanced' ? { classWeight: 'balanced' as const } : {}),
    seed, featureNames: design.features.map((f) => f.name),
  });
  return { model: { kind: 'boosted', design, trees, nodeMeans: nodeMeans(trees.trees, x) }, warnings };
}

/** Log-odds of default for the rows, and their feature matrix. */
export function boostedTerms(model: FittedBoosted, table: Table, rows?: Uint32Array): { eta: Float64Array; x: Matrix } {
  const x = applyDesign(model.design, table, rows);
  return { eta: boostedLogOdds(model.trees, x), x };
}

/**
 * What each source column adds to each row's log-odds, credited along the trees' paths (see pathContributions).
 * Returns rows × columns, row-major.
 */
export function boostedContributions(model: FittedBoosted, x: Matrix, columns: readonly string[]): Float64Array {
  const owner = model.design.features.map((f) => columns.indexOf(f.column));
  return pathContributions(model.trees.trees, model.nodeMeans, x, owner, columns.length);
}
