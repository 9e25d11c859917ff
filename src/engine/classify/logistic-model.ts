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
  /** Present for penalty 'none' only: a penalised fit's inverse Hessian is not a sampling variance. */
  readonly inference?: LogisticInference;
}
