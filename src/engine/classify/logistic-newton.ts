import { cholesky, choleskySolve } from './cholesky';
import { designColumns, linearPredictorInto, transposeTimesInto, type DesignColumns } from './logistic-design';
import { weightedGram } from './logistic-gram';
import { rowTerms, rowTermsInto, type RowTerms } from './logistic-loss';
import type { LogisticWork } from './logistic-model';
import type { Matrix } from '../matrix';

/** Sufficient-decrease share of the predicted decrease a line-search step must achieve. */
const ARMIJO = 1e-4;
/** Near the optimum a Newton step changes the objective by less than its rounding error; such a step is still taken. */
const ROUNDING_SLACK = 1e-13;
const MAX_HALVINGS = 60;
/** Below this relative step the Hessian's Cholesky factor is kept for the following (chord) steps. */
const FREEZE_HESSIAN = 1e-2;
/** Below this relative step a Hessian from sampled rows no longer helps: the full one takes over. */
const SAMPLE_UNTIL = 1e-2;
/** A step from a kept or sampled Hessian must shrink to this share of the previous step, or the full Hessian is rebuilt. */
const CONTRACTION = 0.75;
/** Rows a sampled Hessian uses: enough for a Newton direction, few enough to cost an eighth of a full one on 24,000 rows. */
const SAMPLE_ROWS = 3000;

/** scikit-learn's objective C·Σ wᵢ·loglossᵢ + ½·ridge·‖coef‖² over [1, X], and where its curvature may be sampled. */
export interface LogisticProblem {
  readonly design: DesignColumns;
  readonly y: Uint8Array;
  readonly w: Float64Array;
  readonly C: number;
  /** 1 for penalty 'l2', 0 for none. */
  readonly ridge: number;
  /** Every k-th row, for Hessians far from the optimum; absent when the data are too small to sample. */
  readonly sample?: { readonly rows: Uint32Array; readonly design: DesignColumns; readonly scale: number };
}

/** Where Newton stopped. */
export interface NewtonRun {
  readonly beta: Float64Array;
  /** The linear predictor at `beta`. */
  readonly eta: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
  /** A full Hessian stopped being positive definite: the classes are (almost) separated. */
  readonly singular: boolean;
  readonly work: LogisticWork;
}

/**
 * The problem for X, y and row weights w; on 2·SAMPLE_ROWS rows or more, every k-th row (about
 * SAMPLE_ROWS of them) is set aside for cheap Hessians, scaled up by the total weight over theirs.
 * @example logisticProblem(x, y, w, 1, 1).sample?.rows.length // 3000 for 24,000 rows
 */
export function logisticProblem(x: Matrix, y: Uint8Array, w: Float64Array, C: number, ridge: number): LogisticProblem {
  const design = designColumns(x);
  const stride = Math.floor(x.rows / SAMPLE_ROWS);
  if (stride < 2) return { design, y, w, C, ridge };
  const rows = new Uint32Array(Math.ceil(x.rows / stride));
  for (let k = 0; k < rows.length; k++) rows[k] = k * stride;
  let total = 0, sampled = 0;
  for (let i = 0; i < w.length; i++) total += w[i] as number;
  for (let k = 0; k < rows.length; k++) sampled += w[rows[k] as number] as number;
  if (!(sampled > 0)) return { design, y, w, C, ridge };
  return { design, y, w, C, ridge, sample: { rows, design: designColumns(x, rows), scale: total / sampled } };
}

/**
 * Minimise the problem's objective from `beta0` by Newton steps with a backtracking line search,
 * until a step is below `tol` relative to the coefficients (1 + max |βⱼ|), the line search stalls,
 * or `maxIter` steps are taken. Newton converges quadratically, so the answer is the optimum to
 * machine precision, not to a solver tolerance. The Hessian is the costly part (p²/2 sums over
 * the rows, where a gradient takes p), so it is built as rarely as the steps allow:
 * - far from the optimum, from the sampled rows only: the gradient stays exact, so the steps still
 *   lead to the optimum, just not quadratically;
 * - then once over all rows, for a true Newton step;
 * - then kept (its Cholesky factor reused for chord steps) while each step shrinks to at most ¾ of the last.
 * @example
 * // two groups x = ∓1 with 1 of 3 and 2 of 3 positives: the optimum is b₀ = 0, b₁ = ln 2
 * newtonLogistic(logisticProblem(fromRows([[-1], [-1], [-1], [1], [1], [1]]), y, w, 1, 0), Float64Array.of(0, 0), 100, 1e-10).beta // [0, 0.6931…]
 */
export function newtonLogistic(problem: LogisticProblem, beta0: Float64Array, maxIter: number, tol: number): NewtonRun {
  const { design, sample } = problem;
  const { n, p } = design;
  const work = { hessians: 0, sampledHessians: 0, gradients: 0, lossEvaluations: 0 };
  const evaluate = (terms: RowTerms, beta: Float64Array): number => {
    work.lossEvaluations++;
    return rowTermsInto(terms, problem.y, problem.w, problem.C) + penalty(beta, problem.ridge);
  };
  const gradientAt = (terms: RowTerms, beta: Float64Array): Float64Array => {
    work.gradients++;
    const g = new Float64Array(p);
    transposeTimesInto(design, terms.residual, g);
    for (let j = 1; j < p; j++) g[j] = (g[j] as number) + problem.ridge * (beta[j] as number);
    return g;
  };

  let beta: Float64Array = Float64Array.from(beta0);
  let here = rowTerms(n), trial = rowTerms(n);
  const direction = new Float64Array(n);
  linearPredictorInto(design, beta, here.eta);
  let f = evaluate(here, beta), gradient = gradientAt(here, beta);
  let factor: Float64Array | null = null, kind: 'sampled' | 'full' | 'chord' = sample ? 'sampled' : 'full';
  let previous = Infinity, iterations = 0;
  while (iterations < maxIter) {
    iterations++;
    if (kind === 'sampled' && sample) {
      work.sampledHessians++;
      factor = cholesky(weightedGram(sample.design, sampledCurvature(here.curvature, sample.rows, sample.scale), problem.ridge), p);
      // A sample can be degenerate where the data are not (a rare level absent): use them all.
      if (!factor) kind = 'full';
    }
    if (kind === 'full') {
      work.hessians++;
      factor = cholesky(weightedGram(design, here.curvature, problem.ridge), p);
      if (!factor) return { beta, eta: here.eta, converged: false, iterations, singular: true, work };
    }
    const step = choleskySolve(factor as Float64Array, p, gradient);
    const size = maxAbs(step), scale = 1 + maxAbs(beta);
    if (size <= tol * scale) {
      beta = beta.map((b, j) => b - (step[j] as number));
      linearPredictorInto(design, beta, here.eta);
      return { beta, eta: here.eta, converged: true, iterations, singular: false, work };
    }
    const contracting = size <= CONTRACTION * previous;
    if (kind === 'sampled') kind = size > SAMPLE_UNTIL * scale && contracting ? 'sampled' : 'full';
    else kind = size <= FREEZE_HESSIAN * scale && (kind === 'full' || contracting) ? 'chord' : 'full';
    previous = size;

    // One pass for X·step; each halving then only rescales it. η is carried forward this way rather
    // than recomputed from β (the difference is rounding), and recomputed once at the end.
    linearPredictorInto(design, step, direction);
    const decrement = gradient.reduce((sum, g, j) => sum + g * (step[j] as number), 0);
    let t = 1, accepted: Float64Array | null = null, fTrial = f;
    for (let h = 0; h < MAX_HALVINGS && !accepted; h++, t /= 2) {
      const candidate = beta.map((b, j) => b - t * (step[j] as number));
      for (let i = 0; i < n; i++) trial.eta[i] = (here.eta[i] as number) - t * (direction[i] as number);
      fTrial = evaluate(trial, candidate);
      if (fTrial <= f - ARMIJO * t * decrement + ROUNDING_SLACK * Math.abs(f)) accepted = candidate;
    }
    if (!accepted) break;
    [here, trial] = [trial, here];
    beta = accepted;
    f = fTrial;
    gradient = gradientAt(here, beta);
  }
  linearPredictorInto(design, beta, here.eta);
  return { beta, eta: here.eta, converged: false, iterations, singular: false, work };
}

function sampledCurvature(curvature: Float64Array, rows: Uint32Array, scale: number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = scale * (curvature[rows[k] as number] as number);
  return out;
}

function penalty(beta: Float64Array, ridge: number): number {
  let sum = 0;
  for (let j = 1; j < beta.length; j++) sum += (beta[j] as number) ** 2;
  return 0.5 * ridge * sum;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] as number));
  return m;
}
