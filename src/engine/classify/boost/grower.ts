import { MISSING_BIN, type BinnedData } from './binning';
import { buildHistogram, emptyHistogram, histogramLayout, subtractHistogram, type Histogram, type HistogramLayout } from './histogram';
import { findBestSplit, nodeValue, type NodeSums, type Split, type SplitRules } from './split-finder';
import type { Tree } from './tree';

/** How a tree may grow, beyond the split rules. */
export interface GrowOptions {
  readonly maxLeafNodes: number;
  /** Undefined for no limit; the root has depth 0. */
  readonly maxDepth: number | undefined;
  /** Multiplies every leaf value. */
  readonly learningRate: number;
}

/** Buffers one fit reuses for every tree, sized for the training rows. */
export interface GrowWorkspace {
  /** Row indices, rearranged so every node's rows are contiguous. */
  readonly rows: Uint32Array;
  readonly scratch: Uint32Array;
  readonly orderedGradients: Float64Array;
  readonly orderedHessians: Float64Array;
  readonly layout: HistogramLayout;
  /** Histograms no node holds, for reuse. */
  readonly histograms: Histogram[];
}

/** A grown tree and, for each of its leaves, the training rows that landed there. */
export interface GrownTree {
  readonly tree: Tree;
  readonly leaves: readonly { readonly rows: Uint32Array; readonly value: number }[];
}

interface Candidate {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
  readonly histogram: Histogram;
  readonly split: Split;
}

/** Buffers for {@link growTree} on these binned training rows. */
export function growWorkspace(binned: BinnedData): GrowWorkspace {
  const n = binned.rows;
  return {
    rows: new Uint32Array(n), scratch: new Uint32Array(n),
    orderedGradients: new Float64Array(n), orderedHessians: new Float64Array(n),
    layout: histogramLayout(binned.nonMissingBins), histograms: [],
  };
}

/**
 * Grow one tree on the gradients and hessians of every binned row, best-first as scikit-learn
 * 1.2's TreeGrower: the open node with the largest gain is split next, until `maxLeafNodes`
 * leaves exist or no node has a valid split. A child with fewer than 2·minSamplesLeaf rows or at
 * `maxDepth` stays a leaf. Only the smaller child's histogram is built; the larger one's is the
 * parent's minus it. Leaf values are learningRate · −G/(H + λ); a root that cannot split is worth 0.
 * @example
 * // 40 rows, feature 0 binned 0 for rows 0–19 and 1 for rows 20–39, gradients −0.5 then +0.5,
 * // hessians 0.25: one split, leaves learningRate · ±2
 * growTree(binned, g, h, rules, { maxLeafNodes: 31, maxDepth: undefined, learningRate: 0.1 }, binEdges, growWorkspace(binned))
 */
export function growTree(
  binned: BinnedData, gradients: Float64Array, hessians: Float64Array, rules: SplitRules,
  options: GrowOptions, binEdges: readonly (readonly number[])[], workspace: GrowWorkspace,
): GrownTree {
  const { rows, histograms: pool, layout } = workspace;
  const n = binned.rows;
  for (let i = 0; i < n; i++) rows[i] = i;
  const tree = { feature: [] as number[], bin: [] as number[], threshold: [] as number[], missingGoLeft: [] as boolean[], left: [] as number[], right: [] as number[], value: [] as number[], gain: [] as number[] };
  const leaves: { rows: Uint32Array; value: number }[] = [];
  const addNode = (): number => {
    tree.feature.push(-1); tree.bin.push(0); tree.threshold.push(0); tree.missingGoLeft.push(false);
    tree.left.push(-1); tree.right.push(-1); tree.value.push(0); tree.gain.push(0);
    return tree.feature.length - 1;
  };
  const makeLeaf = (id: number, start: number, end: number, sums: NodeSums | null): void => {
    const value = sums ? options.learningRate * nodeValue(sums.gradient, sums.hessian, rules.l2) : 0;
    tree.value[id] = value;
    leaves.push({ rows: rows.subarray(start, end), value });
  };
  const acquire = (): Histogram => pool.pop() ?? emptyHistogram(layout);
  const histogramOf = (start: number, end: number): Histogram => {
    const h = acquire();
    for (let k = start; k < end; k++) {
      workspace.orderedGradients[k - start] = gradients[rows[k] as number] as number;
      workspace.orderedHessians[k - start] = hessians[rows[k] as number] as number;
    }
    buildHistogram(binned, layout, rows.subarray(start, end), workspace.orderedGradients, workspace.orderedHessians, h);
    return h;
  };

  const open: Candidate[] = [];
  const root = addNode();
  let gSum = 0, hSum = 0;
  for (let i = 0; i < n; i++) {
    gSum += gradients[i] as number;
    hSum += hessians[i] as number;
  }
  const rootSums: NodeSums = { gradient: gSum, hessian: hSum, count: n };
  if (n < 2 * rules.minSamplesLeaf || hSum < rules.minHessian) makeLeaf(root, 0, n, null);
  else {
    const histogram = acquire();
    buildHistogram(binned, layout, null, gradients, hessians, histogram);
    const split = findBestSplit(histogram, layout, rootSums, rules);
    if (split) open.push({ id: root, start: 0, end: n, depth: 0, histogram, split });
    else {
      makeLeaf(root, 0, n, null);
      pool.push(histogram);
    }
  }

  let leafCount = 1;
  while (open.length > 0) {
    let pick = 0;
    for (let c = 1; c < open.length; c++) if ((open[c] as Candidate).split.gain > (open[pick] as Candidate).split.gain) pick = c;
    const node = open.splice(pick, 1)[0] as Candidate;
    const { split } = node;
    const mid = partition(binned, workspace, node.start, node.end, split);
    const left = addNode(), right = addNode();
    const noMissingSeen = rules.hasMissing[split.feature] === 0;
    tree.feature[node.id] = split.feature;
    tree.bin[node.id] = split.bin;
    tree.threshold[node.id] = split.bin === (rules.nonMissingBins[split.feature] as number) - 1 ? Number.MAX_VALUE : ((binEdges[split.feature] as readonly number[])[split.bin] as number);
    // A feature with no missing training values sends them, when they come, to the larger child (as scikit-learn).
    tree.missingGoLeft[node.id] = noMissingSeen ? split.left.count > split.right.count : split.missingGoLeft;
    tree.left[node.id] = left;
    tree.right[node.id] = right;
    tree.gain[node.id] = split.gain;
    leafCount++;

    const children = [
      { id: left, start: node.start, end: mid, sums: split.left },
      { id: right, start: mid, end: node.end, sums: split.right },
    ];
    const depth = node.depth + 1;
    const final = leafCount >= options.maxLeafNodes || (options.maxDepth !== undefined && depth >= options.maxDepth);
    const splittable = children.map((c) => !final && c.sums.count >= 2 * rules.minSamplesLeaf);
    if (splittable.some(Boolean)) {
      const small = mid - node.start < node.end - mid ? 0 : 1;
      const hist: Histogram[] = [];
      const sc = children[small] as (typeof children)[number];
      hist[small] = histogramOf(sc.start, sc.end);
      const large = acquire();
      subtractHistogram(node.histogram, hist[small] as Histogram, large);
      hist[1 - small] = large;
      children.forEach((c, k) => {
        const h = hist[k] as Histogram;
        const childSplit = splittable[k] ? findBestSplit(h, layout, c.sums, rules) : null;
        if (childSplit) open.push({ id: c.id, start: c.start, end: c.end, depth, histogram: h, split: childSplit });
        else {
          makeLeaf(c.id, c.start, c.end, c.sums);
          pool.push(h);
        }
      });
    } else children.forEach((c) => makeLeaf(c.id, c.start, c.end, c.sums));
    pool.push(node.histogram);
    if (leafCount >= options.maxLeafNodes) {
      for (const c of open) {
        makeLeaf(c.id, c.start, c.end, sumsOf(c));
        pool.push(c.histogram);
      }
      open.length = 0;
    }
  }
  return { tree, leaves };
}

/** A candidate's own sums, kept in its split: left plus right. */
function sumsOf(c: Candidate): NodeSums {
  const { left, right } = c.split;
  return { gradient: left.gradient + right.gradient, hessian: left.hessian + right.hessian, count: left.count + right.count };
}

/** Reorder rows[start, end) so the rows going left come first, each side in its previous order; returns where the right side begins. */
function partition(binned: BinnedData, workspace: GrowWorkspace, start: number, end: number, split: Split): number {
  const { rows, scratch } = workspace;
  const column = split.feature * binned.rows, { bins } = binned;
  let l = start, r = 0;
  for (let k = start; k < end; k++) {
    const i = rows[k] as number, b = bins[column + i] as number;
    if (b === MISSING_BIN ? split.missingGoLeft : b <= split.bin) rows[l++] = i;
    else scratch[r++] = i;
  }
  rows.set(scratch.subarray(0, r), l);
  return l;
}
