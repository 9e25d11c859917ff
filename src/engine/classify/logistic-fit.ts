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

/** |η| beyond which a fitted probability is within 1e-15 of 0 or 1: an unpenalised fit that gets there is running off to infinity. */
const SATURATED_LOGIT = 35;
/** Newton steps before saturation counts as separation: an early overshoot is not yet evidence. */
const SEPARATION_GRACE = 5;
const ARMIJO = 1e-4;
const MAX_HALVINGS = 60;

/**
 * Logistic regression by Newton–Raphson (IRLS) with a Cholesky solve and a backtracking line
 * search, minimising scikit-learn's objective C·Σ wᵢ·loglossᵢ + ½‖coef‖² (penalty 'l2', intercept
 * not penalised) or the negative log-likelihood (penalty 'none'). Newton converges quadratically,
 * so the answer is the optimum to machine precision, not to a solver tolerance. X should be
 * standardised; the number of features is small (the Hessian is (d+1)², formed in one pass per step).
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

  const objective = (beta: Float64Array, eta: Float64Array): number => {
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let e = beta[0] as number;
      for (let j = 0; j < d; j++) e += (beta[j + 1] as number) * (x.data[i * d + j] as number);
      eta[i] = e;
      loss += (w[i] as number) * (softplus(e) - (y[i] as number) * e);
    }
    let penalty = 0;
    for (let j = 1; j < p; j++) penalty += (beta[j] as number) ** 2;
    return C * loss + 0.5 * ridge * penalty;
  };

  let beta: Float64Array = new Float64Array(p), eta: Float64Array = new Float64Array(n);
  let f = objective(beta, eta);
  let converged = false, iterations = 0;
  while (iterations < maxIter) {
    iterations++;
    const { gradient, hessian } = derivatives(x, y, w, eta, beta, C, ridge);
    const l = cholesky(hessian, p);
    if (!l) failSeparation(beta, names);
    const step = choleskySolve(l, p, gradient);
    if (maxAbs(step) <= tol * (1 + maxAbs(beta))) {
      beta = beta.map((b, j) => b - (step[j] as number));
      f = objective(beta, eta);
      converged = true;
      break;
    }
    const decrement = gradient.reduce((s, g, j) => s + g * (step[j] as number), 0);
    const trialEta = new Float64Array(n);
    let t = 1, accepted: Float64Array | null = null, fTrial = f;
    for (let h = 0; h < MAX_HALVINGS && !accepted; h++, t /= 2) {
      const trial = beta.map((b, j) => b - t * (step[j] as number));
      fTrial = objective(trial, trialEta);
      if (fTrial <= f - ARMIJO * t * decrement) accepted = trial;
    }
    if (!accepted) break;
    beta = accepted;
    eta = trialEta;
    f = fTrial;
    if (!penalised && iterations > SEPARATION_GRACE && maxAbs(eta) > SATURATED_LOGIT) failSeparation(beta, names);
  }
  if (!penalised && !converged) failSeparation(beta, names);

  let loglik = 0;
  for (let i = 0; i < n; i++) loglik -= (w[i] as number) * (softplus(eta[i] as number) - (y[i] as number) * (eta[i] as number));
  const model = { coef: beta.slice(1), intercept: beta[0] as number, iterations, converged, loglik };
  if (penalised) return model;
  const { hessian } = derivatives(x, y, w, eta, beta, 1, 0);
  const l = cholesky(hessian, p);
  if (!l) failSeparation(beta, names);
  const inverse = choleskyInverse(l, p);
  const stdErr = Float64Array.from({ length: p }, (_, j) => Math.sqrt(inverse[j * p + j] as number));
  const z = beta.map((b, j) => b / (stdErr[j] as number));
  return { ...model, inference: { stdErr, z, pValue: z.map(twoSidedNormalP) } };
}

/** Gradient and Hessian (lower triangle filled, upper mirrored) of the objective at linear predictor η. */
function derivatives(x: Matrix, y: Uint8Array, w: Float64Array, eta: Float64Array, beta: Float64Array, C: number, ridge: number): { gradient: Float64Array; hessian: Float64Array } {
  const d = x.cols, p = d + 1;
  const gradient = new Float64Array(p), hessian = new Float64Array(p * p);
  const row = new Float64Array(p);
  row[0] = 1;
  for (let i = 0; i < x.rows; i++) {
    const mu = sigmoid(eta[i] as number);
    const r = C * (w[i] as number) * (mu - (y[i] as number));
    const v = C * (w[i] as number) * mu * (1 - mu);
    row.set(x.data.subarray(i * d, (i + 1) * d), 1);
    for (let a = 0; a < p; a++) {
      const xa = row[a] as number;
      gradient[a] = (gradient[a] as number) + r * xa;
      const vxa = v * xa;
      for (let b = 0; b <= a; b++) hessian[a * p + b] = (hessian[a * p + b] as number) + vxa * (row[b] as number);
    }
  }
  for (let j = 1; j < p; j++) {
    gradient[j] = (gradient[j] as number) + ridge * (beta[j] as number);
    hessian[j * p + j] = (hessian[j * p + j] as number) + ridge;
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) hessian[a * p + b] = hessian[b * p + a] as number;
  return { gradient, hessian };
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
