/** Options for {@link fitLogistic}; defaults follow scikit-learn's LogisticRegression. */
export interface LogisticOptions {
  /** 'l2' minimises C·Σ wᵢ·loglossᵢ + ½‖coef‖² (intercept not penalised); 'none' maximises the likelihood. Default 'l2'. */
  readonly penalty?: 'l2' | 'none';
  /** Inverse penalty strength, > 0; smaller shrinks more. Default 1. Ignored when penalty is 'none'. */
  readonly C?: number;
  /** Newton iterations allowed. Default 100 (a fit that is not separated needs 5–15). */
  readonly maxIter?: number;
  /** Converged when no parameter moves by more than tol·(1 + largest |parameter|) in a Newton step. Default 1e-10. */
  readonly tol?: number;
  /** Weight per row (non-negative), multiplied into the loss. */
  readonly sampleWeight?: Float64Array;
  /** 'balanced' weighs each class by n / (2·n_class), as scikit-learn. */
  readonly classWeight?: 'balanced';
  /** Column names for messages, one per feature. */
  readonly featureNames?: readonly string[];
}

/** Wald inference of an unpenalised fit, as statsmodels' Logit reports it. Index 0 is the intercept, then the features. */
export interface LogisticInference {
  /** √diag of the inverse Hessian of the negative log-likelihood at the estimate. */
  readonly stdErr: Float64Array;
  readonly z: Float64Array;
  /** Two-sided, under the standard normal. */
  readonly pValue: Float64Array;
}

/** A fitted logistic regression: plain data, so it can be stored in the workbook and posted to a worker. */
export interface LogisticModel {
  readonly coef: Float64Array;
  readonly intercept: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Σ wᵢ·(yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)) at the estimate, without the penalty (statsmodels' llf when unweighted). */
  readonly loglik: number;
  /** What the fit cost, in passes over the rows (the standard errors' Hessian of an unpenalised fit aside). */
  readonly work: LogisticWork;
  /** Present for penalty 'none' only: a penalised fit's inverse Hessian is not a sampling variance. */
  readonly inference?: LogisticInference;
}

/** Passes over the rows Newton made, the measure of a fit's cost that does not depend on the machine. */
export interface LogisticWork {
  /** Hessians over all rows (p²/2 sums each, the costly pass). */
  readonly hessians: number;
  /** Hessians over the sampled rows only. */
  readonly sampledHessians: number;
  /** Gradients Xᵀ·residual. */
  readonly gradients: number;
  /** Loss, residual and curvature of every row (one exponential and one logarithm each), the line search's trials included. */
  readonly lossEvaluations: number;
}
