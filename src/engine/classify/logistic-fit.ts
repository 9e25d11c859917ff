import type { Matrix } from '../matrix';
import { fail, InputError } from '../problem';
import { countPositives, checkLabels } from './binary-scores';
import { cholesky, choleskyInverse } from './cholesky';
import { collinearColumns } from './collinear-columns';
import { featureNames } from './feature-names';
import { weightedGram } from './logistic-gram';
import { rowTerms, rowTermsInto } from './logistic-loss';
import type { LogisticModel, LogisticOptions } from './logistic-model';
import { logisticProblem, newtonLogistic } from './logistic-newton';
import { twoSidedNormalP } from './normal-tail';
import { rowWeights } from './row-weights';
import { singleFeatureSeparation } from './single-feature-separation';

/**
 * Logistic regression by Newton–Raphson (IRLS) with a Cholesky solve and a backtracking line
 * search, minimising scikit-learn's objective C·Σ wᵢ·loglossᵢ + ½‖coef‖² (penalty 'l2', intercept
 * not penalised) or the negative log-likelihood (penalty 'none'). Newton converges quadratically,
 * so the answer is the optimum to machine precision, not to a solver tolerance (newtonLogistic says
 * how it builds few Hessians). X should be standardised; the number of features is small: the
 * (d+1)² Hessian is formed and factored. Newton starts from the intercept-only optimum.
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

  const problem = logisticProblem(x, y, w, C, ridge);
  const fit = newtonLogistic(problem, interceptOnly(y, w, p), maxIter, tol);
  if (fit.singular) failSeparation(fit.beta, names);
  const { beta, eta, converged, iterations, work } = fit;
  // Without separation Newton converges in 5–15 steps. With it the coefficients creep outwards
  // by about one unit a step and never converge (fitted values of a real fit can reach |η| = 35,
  // as on the UCI data, so saturation alone is no evidence), until the loss stops decreasing.
  if (!penalised && !converged) failSeparation(beta, names);

  const terms = rowTerms(n);
  terms.eta.set(eta);
  const loglik = -rowTermsInto(terms, y, w, 1);
  const model = { coef: beta.slice(1), intercept: beta[0] as number, iterations, converged, loglik, work };
  if (penalised) return model;
  const l = cholesky(weightedGram(problem.design, terms.curvature, 0), p);
  if (!l) failSeparation(beta, names);
  const inverse = choleskyInverse(l, p);
  const stdErr = Float64Array.from({ length: p }, (_, j) => Math.sqrt(inverse[j * p + j] as number));
  const z = beta.map((b, j) => b / (stdErr[j] as number));
  return { ...model, inference: { stdErr, z, pValue: z.map(twoSidedNormalP) } };
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

/**
 * The start: no features, intercept at the weighted log-odds of the positive class, the
 * intercept-only optimum (the intercept is not penalised), one or two Newton steps nearer than 0.
 */
function interceptOnly(y: Uint8Array, w: Float64Array, p: number): Float64Array {
  let positive = 0, total = 0;
  for (let i = 0; i < y.length; i++) {
    total += w[i] as number;
    positive += (w[i] as number) * (y[i] as number);
  }
  const beta = new Float64Array(p);
  // Both classes have rows, but weights can leave one with none: then 0, and Newton finds the way.
  if (positive > 0 && positive < total) beta[0] = Math.log(positive / (total - positive));
  return beta;
}
