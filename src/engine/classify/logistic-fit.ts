import type { Matrix } from '../matrix';
import { fail, InputError } from '../problem';
import { countPositives, checkLabels } from './binary-scores';
import { cholesky, choleskyInverse, choleskySolve } from './cholesky';
import { collinearColumns } from './collinear-columns';
import { featureNames } from './feature-names';
import { sigmoid, softplus } from './logistic-link';
import type { LogisticModel, LogisticOptions } from './logistic-model';
import { twoSidedNormalP } from './normal-tail';
import { rowWeights } from './row-weights';
import { singleFeatureSeparation } from './single-feature-separation';

/** Sufficient-decrease share of the predicted decrease a line-search step must achieve. */
const ARMIJO = 1e-4;
/** Near the optimum a Newton step changes the objective by less than its rounding error; such a step is still taken. */
const ROUNDING_SLACK = 1e-13;
const MAX_HALVINGS = 60;

/**
 * Logistic regression by Newton–Raphson (IRLS) with a Cholesky solve and a backtracking line
 * search, minimising scikit-learn's objective C·Σ wᵢ·loglossᵢ + ½‖coef‖² (penalty 'l2', intercept
 * not penalised) or the negative log-likelihood (penalty 'none'). Newton converges quadratically,
 * so the answer is the optimum to machine precision, not to a solver tolerance. X should be
 * standardised; the number of features is small: each step forms the (d+1)² Hessian from column dot products.
 *
 * Unpenalised fits also get Wald standard errors, z and p-values (statsmodels' Logit), and refuse
 * designs without a finite unique optimum: collinear columns (named, with what they combine) and
 * separated classes (the separating feature named).
 * @example
 * // x = −1 has outcomes 0, 0, 1 and x = 1 has 0, 1, 1: the fit reproduces the log-odds of each group,
 * // ln(1/2) = b₀ − b₁ and ln 2 = b₀ + b₁, so b₀ = 0 and b₁ = ln 2
 * fitLogistic(fromRows([[-1], [-1], [-1], [1], [1], [1]]), Uint8Array.of(0, 0, 1, 0, 1, 1), { penalty: 'none' })
 * // { intercept: 0, coef: [0.6931…], converged: true, … }
 */
export function fitLogistic(x: Matrix, y: Uint8Array, options: LogisticOptions = {}): LogisticModel {
  const n = x.rows, d = x.cols, p = d + 1;
  const names = featureNames(d, options.featureNames);
  validate(x, y, names);
  const w = rowWeights(y, options);
  const penalised = (options.penalty ?? 'l2') === 'l2';
  const C = penalised ? (options.C ?? 1) : 1;
  if (!(C > 0 && Number.isFinite(C))) fail('bad-c', `C (inverse penalty strength) must be a positive number such as 1, not ${C}.`);
  const ridge = penalised ? 1 : 0;
  const maxIter = options.maxIter ?? 100, tol = options.tol ?? 1e-10;
  if (!penalised) refuseWithoutOptimum(x, y, names);

  // Column-major with a leading column of ones: every pass below is a sequential sweep of one
  // column, which keeps the (d+1)² Hessian dot products fast on 24,000+ rows.
  const design = designColumns(x);
  const fit = newton(design, y, w, C, ridge, new Float64Array(p), maxIter, tol);
  if (fit.singular) failSeparation(fit.beta, names);
  const { beta, eta, converged, iterations } = fit;
  // Without separation Newton converges in 5–15 steps. With it the coefficients creep outwards
  // by about one unit a step and never converge (fitted values of a real fit can reach |η| = 35,
  // as on the UCI data, so saturation alone is no evidence), until the loss stops decreasing.
  if (!penalised && !converged) failSeparation(beta, names);

  let loglik = 0;
  for (let i = 0; i < n; i++) loglik -= (w[i] as number) * (softplus(eta[i] as number) - (y[i] as number) * (eta[i] as number));
  const model = { coef: beta.slice(1), intercept: beta[0] as number, iterations, converged, loglik };
  if (penalised) return model;
  const { hessian } = derivatives(design, y, w, eta, beta, 1, 0);
  const l = cholesky(hessian, p);
  if (!l) failSeparation(beta, names);
  const inverse = choleskyInverse(l, p);
  const stdErr = Float64Array.from({ length: p }, (_, j) => Math.sqrt(inverse[j * p + j] as number));
  const z = beta.map((b, j) => b / (stdErr[j] as number));
  return { ...model, inference: { stdErr, z, pValue: z.map(twoSidedNormalP) } };
}

/** Below this relative Newton step the Hessian's Cholesky factor is kept for the following steps. */
const FREEZE_HESSIAN = 1e-2;
interface NewtonRun {
  readonly beta: Float64Array;
  readonly eta: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
  /** The Hessian stopped being positive definite: the classes are (almost) separated. */
  readonly singular: boolean;
}

/**
 * Newton steps with a backtracking line search from `beta0` until the step is below `tol` relative to
 * the coefficients, the line search stalls, or `maxIter` is reached.
 */
function newton(design: DesignColumns, y: Uint8Array, w: Float64Array, C: number, ridge: number, beta0: Float64Array, maxIter: number, tol: number): NewtonRun {
  const { n, p } = design;
  const objective = (beta: Float64Array, eta: Float64Array): number => {
    linearPredictorInto(design, beta, eta);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const e = eta[i] as number;
      loss += (w[i] as number) * (softplus(e) - (y[i] as number) * e);
    }
    let penalty = 0;
    for (let j = 1; j < p; j++) penalty += (beta[j] as number) ** 2;
    return C * loss + 0.5 * ridge * penalty;
  };
  let beta: Float64Array = Float64Array.from(beta0), eta: Float64Array = new Float64Array(n);
  let f = objective(beta, eta);
  let iterations = 0;
  let factor: Float64Array | null = null, frozen = false;
  while (iterations < maxIter) {
    iterations++;
    let gradient: Float64Array;
    if (frozen && factor) {
      gradient = gradientAt(design, y, w, eta, beta, C, ridge);
    } else {
      const derived = derivatives(design, y, w, eta, beta, C, ridge);
      gradient = derived.gradient;
      factor = cholesky(derived.hessian, p);
      if (!factor) return { beta, eta, converged: false, iterations, singular: true };
    }
    const step = choleskySolve(factor, p, gradient);
    // Close to the optimum the Hessian hardly changes: keep its factor and take cheap chord steps
    // (each shrinks the error by about the Hessian's relative change) instead of rebuilding it.
    frozen = maxAbs(step) <= FREEZE_HESSIAN * (1 + maxAbs(beta));
    if (maxAbs(step) <= tol * (1 + maxAbs(beta))) {
      beta = beta.map((b, j) => b - (step[j] as number));
      objective(beta, eta);
      return { beta, eta, converged: true, iterations, singular: false };
    }
    const decrement = gradient.reduce((sum, g, j) => sum + g * (step[j] as number), 0);
    const trialEta = new Float64Array(n);
    let t = 1, accepted: Float64Array | null = null, fTrial = f;
    for (let h = 0; h < MAX_HALVINGS && !accepted; h++, t /= 2) {
      const trial = beta.map((b, j) => b - t * (step[j] as number));
      fTrial = objective(trial, trialEta);
      if (fTrial <= f - ARMIJO * t * decrement + ROUNDING_SLACK * Math.abs(f)) accepted = trial;
    }
    if (!accepted) break;
    beta = accepted;
    eta = trialEta;
    f = fTrial;
  }
  return { beta, eta, converged: false, iterations, singular: false };
}

/** [1, X] stored column after column: column j occupies [j·n, (j+1)·n). */
interface DesignColumns {
  readonly data: Float64Array;
  readonly n: number;
  readonly p: number;
}

function designColumns(x: Matrix): DesignColumns {
  const n = x.rows, d = x.cols;
  const data = new Float64Array((d + 1) * n);
  data.fill(1, 0, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) data[(j + 1) * n + i] = x.data[i * d + j] as number;
  }
  return { data, n, p: d + 1 };
}

function linearPredictorInto(design: DesignColumns, beta: Float64Array, eta: Float64Array): void {
  const { data, n, p } = design;
  eta.fill(0);
  for (let j = 0; j < p; j++) {
    const b = beta[j] as number, offset = j * n;
    for (let i = 0; i < n; i++) eta[i] = (eta[i] as number) + b * (data[offset + i] as number);
  }
}

/** Gradient of the objective at linear predictor η (the cheap half of `derivatives`). */
function gradientAt(design: DesignColumns, y: Uint8Array, w: Float64Array, eta: Float64Array, beta: Float64Array, C: number, ridge: number): Float64Array {
  const { data, n, p } = design;
  const residual = new Float64Array(n);
  for (let i = 0; i < n; i++) residual[i] = C * (w[i] as number) * (sigmoid(eta[i] as number) - (y[i] as number));
  const gradient = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    const oa = a * n;
    let g = 0;
    for (let i = 0; i < n; i++) g += (residual[i] as number) * (data[oa + i] as number);
    gradient[a] = g + (a > 0 ? ridge * (beta[a] as number) : 0);
  }
  return gradient;
}

/** Gradient and full symmetric Hessian of the objective at linear predictor η. */
function derivatives(design: DesignColumns, y: Uint8Array, w: Float64Array, eta: Float64Array, beta: Float64Array, C: number, ridge: number): { gradient: Float64Array; hessian: Float64Array } {
  const { data, n, p } = design;
  const residual = new Float64Array(n), curvature = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const mu = sigmoid(eta[i] as number), wi = C * (w[i] as number);
    residual[i] = wi * (mu - (y[i] as number));
    curvature[i] = wi * mu * (1 - mu);
  }
  const gradient = new Float64Array(p), hessian = new Float64Array(p * p);
  const weighted = new Float64Array(n);
  for (let a = 0; a < p; a++) {
    const oa = a * n;
    let g = 0;
    for (let i = 0; i < n; i++) {
      const xa = data[oa + i] as number;
      g += (residual[i] as number) * xa;
      weighted[i] = (curvature[i] as number) * xa;
    }
    gradient[a] = g + (a > 0 ? ridge * (beta[a] as number) : 0);
    // Four Hessian entries per sweep of `weighted`: a quarter of the loads, and four independent sums.
    let b = 0;
    for (; b + 3 <= a; b += 4) {
      const o0 = b * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
      let h0 = 0, h1 = 0, h2 = 0, h3 = 0;
      for (let i = 0; i < n; i++) {
        const v = weighted[i] as number;
        h0 += v * (data[o0 + i] as number);
        h1 += v * (data[o1 + i] as number);
        h2 += v * (data[o2 + i] as number);
        h3 += v * (data[o3 + i] as number);
      }
      setSymmetric(hessian, p, a, b, h0, ridge);
      setSymmetric(hessian, p, a, b + 1, h1, ridge);
      setSymmetric(hessian, p, a, b + 2, h2, ridge);
      setSymmetric(hessian, p, a, b + 3, h3, ridge);
    }
    for (; b <= a; b++) {
      const ob = b * n;
      let h = 0;
      for (let i = 0; i < n; i++) h += (weighted[i] as number) * (data[ob + i] as number);
      setSymmetric(hessian, p, a, b, h, ridge);
    }
  }
  return { gradient, hessian };
}

/** Hessian entry (a, b) and its mirror; the ridge sits on the diagonal of the coefficients, not the intercept. */
function setSymmetric(hessian: Float64Array, p: number, a: number, b: number, h: number, ridge: number): void {
  const value = h + (a === b && a > 0 ? ridge : 0);
  hessian[a * p + b] = value;
  hessian[b * p + a] = value;
}

function validate(x: Matrix, y: Uint8Array, names: readonly string[]): void {
  if (y.length !== x.rows) fail('length-mismatch', `There are ${y.length} target values for ${x.rows} rows of features; give one target per row.`);
  if (names.length !== x.cols) fail('length-mismatch', `There are ${names.length} feature names for ${x.cols} feature columns.`);
  checkLabels(y);
  countPositives(y, 'Logistic regression');
  for (let i = 0; i < x.data.length; i++) {
    if (!Number.isFinite(x.data[i] as number)) {
      const column = names[i % x.cols] as string;
      fail('feature-not-finite', `Column '${column}' has ${x.data[i]} in data row ${Math.floor(i / x.cols) + 1}; impute or drop missing values before fitting.`, { column });
    }
  }
}

function refuseWithoutOptimum(x: Matrix, y: Uint8Array, names: readonly string[]): void {
  const problems = collinearColumns(x, names);
  if (problems.length > 0) throw new InputError(problems);
  const j = singleFeatureSeparation(x, y);
  if (j >= 0) {
    const column = names[j] as string;
    fail('separation', `Column '${column}' alone separates the classes: every positive row has a value at or beyond every negative row's, so the unpenalised coefficients grow without bound. Remove '${column}' if it gives away the outcome, or fit with a penalty (for example C = 1).`, { column });
  }
}

function failSeparation(beta: Float64Array, names: readonly string[]): never {
  const coef = Array.from(beta.subarray(1), Math.abs);
  const largest = Math.max(...coef);
  const leaders = coef.map((c, j) => ({ c, j })).filter(({ c }) => c >= largest / 2).sort((a, b) => b.c - a.c).slice(0, 3);
  const named = leaders.map(({ j }) => `'${names[j]}'`).join(', ');
  fail('separation', `The classes are perfectly or almost perfectly separated: fitted probabilities reach 0 or 1 and the coefficients grow without bound, led by ${named}. Remove the feature that gives away the outcome, or fit with a penalty (for example C = 1).`, { column: names[leaders[0]?.j ?? 0] as string });
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] as number));
  return m;
}
