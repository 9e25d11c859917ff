import type { Matrix } from '../matrix';
import type { Problem } from '../problem';

export type Scaling = 'standard' | 'minmax' | 'robust' | 'none';
export type MissingPolicy = 'drop' | 'mean' | 'median' | 'zero';

/** Most levels a text column may have to be one-hot encoded; beyond it the encoding is unwieldy. */
export const MAX_CATEGORIES = 30;

export const SCALINGS: readonly Scaling[] = ['standard', 'minmax', 'robust', 'none'];
export const MISSING_POLICIES: readonly MissingPolicy[] = ['drop', 'mean', 'median', 'zero'];

export interface PrepOptions {
  /** Columns of the table to use, by header name. Text columns are one-hot encoded. */
  readonly columns: readonly string[];
  /** Default 'standard' (population standard deviation, as scikit-learn's StandardScaler). */
  readonly scaling?: Scaling;
  /** Default 'drop': rows with a missing value in any chosen column are left out and counted. */
  readonly missing?: MissingPolicy;
  /** true: log1p every non-negative numeric column whose skewness exceeds 1; or the named columns. */
  readonly log1p?: boolean | readonly string[];
  /** Most levels a text column may have to be one-hot encoded. Default MAX_CATEGORIES. */
  readonly maxCategories?: number;
}

/**
 * One column of the feature matrix and how it was made from the table:
 * z = (t(v) − center) / scale, where v is the cell (missing → fill), t is log1p or identity,
 * and for a one-hot feature v is 1 when the cell equals `level`, else 0.
 */
export interface Feature {
  /** "Age", or "Genre = Male" for a one-hot level. */
  readonly name: string;
  readonly column: string;
  readonly level?: string;
  readonly log1p: boolean;
  /** Value used for a missing cell, in original units (NaN when missing rows are dropped). */
  readonly fill: number;
  readonly center: number;
  readonly scale: number;
}

/** The feature matrix, which table rows it holds, and everything needed to map results back. */
export interface Prepared {
  readonly X: Matrix;
  /** Table data row of each matrix row. */
  readonly rowIndex: Int32Array;
  readonly features: readonly Feature[];
  /** Rows left out because of missing values: the count and, per column, how many and the first cell. */
  readonly dropped: {
    readonly count: number;
    readonly byColumn: readonly { readonly column: string; readonly count: number; readonly firstCell: string }[];
  };
  readonly warnings: readonly Problem[];
}
