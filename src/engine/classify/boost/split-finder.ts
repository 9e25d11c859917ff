import type { Histogram, HistogramLayout } from './histogram';

/** What a split may not violate, fixed for a whole fit. */
export interface SplitRules {
  /** Bins holding values per feature. */
  readonly nonMissingBins: Uint16Array;
  /** 1 where the feature has missing values among the training rows. */
  readonly hasMissing: Uint8Array;
  readonly minSamplesLeaf: number;
  /** A child whose hessian sum is below this is not split off (scikit-learn's min_hessian_to_split, 1e-3). */
  readonly minHessian: number;
  readonly l2: number;
}

/** Sums over a node's rows. */
export interface NodeSums {
  readonly gradient: number;
  readonly hessian: number;
  readonly count: number;
}

/** The best split of a node: rows with bin ≤ `bin` (and missing ones when `missingGoLeft`) go left. */
export interface Split {
  readonly feature: number;
  readonly bin: number;
  readonly missingGoLeft: boolean;
  /** Decrease of the second-order loss approximation, G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ). */
  readonly gain: number;
  readonly left: NodeSums;
  readonly right: NodeSums;
}

/**
 * Newton value of a node, −G / (H + λ): the leaf value minimising Σ gᵢv + ½(H + λ)v².
 * The 1e-15 keeps an empty-hessian node at 0 instead of NaN, as scikit-learn.
 * @example nodeValue(-3, 1.5, 0) // 2
 */
export function nodeValue(gradient: number, hessian: number, l2: number): number {
  // 0 − G rather than −G: a zero gradient gives +0, not −0, which JSON would turn into +0 and
  // so change a saved model.
  return (0 - gradient) / (hessian + l2 + 1e-15);
}

/** G²/(H + λ): twice the loss decrease a node's Newton value achieves. */
function score(gradient: number, hessian: number, l2: number): number {
  return -gradient * nodeValue(gradient, hessian, l2);
}

/**
 * The split with the largest positive gain over every feature and bin, as scikit-learn 1.2's
 * Splitter: bins are scanned left to right with missing values sent right, then (for a feature
 * with missing values) right to left with them sent left; a child must keep `minSamplesLeaf` rows
 * and `minHessian` of hessian. Ties keep the first candidate found. Null when nothing qualifies.
 * @example
 * // one feature, bins 0 and 1 with (G, H, n) = (−2, 1, 2) and (2, 1, 2): gain 4/1 + 4/1 − 0/2 = 8
 * findBestSplit(histogram, layout, { gradient: 0, hessian: 2, count: 4 }, rules) // { feature: 0, bin: 0, gain: 8, … }
 */
export function findBestSplit(histogram: Histogram, layout: HistogramLayout, node: NodeSums, rules: SplitRules): Split | null {
  const { minSamplesLeaf, minHessian, l2 } = rules;
  const parentScore = score(node.gradient, node.hessian, l2);
  const best = { gain: 0, feature: -1, bin: 0, missingGoLeft: false, gradient: 0, hessian: 0, count: 0 };
  const consider = (feature: number, bin: number, missingGoLeft: boolean, gL: number, hL: number, nL: number): void => {
    const gain = score(gL, hL, l2) + score(node.gradient - gL, node.hessian - hL, l2) - parentScore;
    if (gain > best.gain) Object.assign(best, { gain, feature, bin, missingGoLeft, gradient: gL, hessian: hL, count: nL });
  };
  for (let f = 0; f < rules.nonMissingBins.length; f++) {
    const base = (layout.offset[f] as number) * 3, valued = rules.nonMissingBins[f] as number, missing = rules.hasMissing[f] as number;
    // Without missing values the last valued bin may not go left: the right child would be empty.
    let gL = 0, hL = 0, nL = 0;
    for (let b = 0; b < valued - 1 + missing; b++) {
      const o = base + b * 3;
      gL += histogram[o] as number;
      hL += histogram[o + 1] as number;
      nL += histogram[o + 2] as number;
      if (nL < minSamplesLeaf || hL < minHessian) continue;
      if (node.count - nL < minSamplesLeaf || node.hessian - hL < minHessian) break;
      consider(f, b, false, gL, hL, nL);
    }
    if (!missing) continue;
    let gR = 0, hR = 0, nR = 0;
    for (let b = valued - 2; b >= 0; b--) {
      const o = base + (b + 1) * 3;
      gR += histogram[o] as number;
      hR += histogram[o + 1] as number;
      nR += histogram[o + 2] as number;
      if (nR < minSamplesLeaf || hR < minHessian) continue;
      if (node.count - nR < minSamplesLeaf || node.hessian - hR < minHessian) break;
      consider(f, b, true, node.gradient - gR, node.hessian - hR, node.count - nR);
    }
  }
  if (best.feature < 0) return null;
  const { feature, bin, missingGoLeft, gain, gradient, hessian, count } = best;
  const right = { gradient: node.gradient - gradient, hessian: node.hessian - hessian, count: node.count - count };
  return { feature, bin, missingGoLeft, gain, left: { gradient, hessian, count }, right };
}
