import type { CorrelationMethod } from '../../stats/correlation';
import type { Histogram } from '../../stats/histogram-bins';
import type { NumericSummary } from '../../stats/numeric-summary';
import type { ColumnType } from '../../table/types';

/** Why a column is worth a second look before modelling. */
export type ColumnFlag = 'empty' | 'constant' | 'identifier' | 'mostly-missing';

export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

/** One column's first look. Statistics that are undefined (a mean of nothing) are NaN, written as null in JSON. */
export interface ColumnProfile {
  readonly name: string;
  readonly letter: string;
  readonly type: ColumnType;
  /** Cells holding a usable value. */
  readonly count: number;
  /** Blank cells (as pandas counts an empty field). */
  readonly missing: number;
  /** missing / rows, in [0, 1]. */
  readonly missingShare: number;
  /** Excel error values (#N/A, #DIV/0!, …). */
  readonly errors: number;
  /** Cells that do not fit the column's type (text in a number column, NaN); count + missing + errors + unusable = rows. */
  readonly unusable: number;
  readonly distinct: number;
  readonly flags: readonly ColumnFlag[];
  /** Number columns: describe(), shape, zeros, negatives, outliers. */
  readonly numbers: NumericSummary | null;
  /** Date columns: first and last as Excel serials, and the days between. */
  readonly dates: { readonly first: number; readonly last: number; readonly spanDays: number } | null;
  /** Text columns: the most frequent values, most frequent first (ties alphabetical). */
  readonly topValues: readonly ValueCount[] | null;
  /** Boolean columns: the share of TRUE among the present values. */
  readonly shareTrue: number | null;
}

export interface CorrelationPair {
  readonly a: string;
  readonly b: string;
  readonly r: number;
}

export interface CorrelationResult {
  readonly method: CorrelationMethod;
  /** The numeric columns correlated, in matrix order (identifiers, constant and empty columns left out). */
  readonly columns: readonly string[];
  /** Row-major, NaN where undefined. */
  readonly matrix: readonly (readonly number[])[];
  /** Pairs by decreasing |r|, at most ten. */
  readonly strongest: readonly CorrelationPair[];
  /** Numeric columns beyond the cap that were not correlated. */
  readonly leftOut: number;
}

export interface ColumnHistogram extends Histogram {
  readonly column: string;
}

/** One bin of a predictor against the target: its rows, how many had the event, and the rate. */
export interface TargetBin {
  readonly label: string;
  readonly rows: number;
  readonly events: number;
  readonly rate: number;
}

export type PredictiveStrength = 'none' | 'weak' | 'medium' | 'strong' | 'suspicious';

export interface TargetRelation {
  readonly column: string;
  readonly binning: 'quantile' | 'category';
  readonly bins: readonly TargetBin[];
  readonly informationValue: number;
  /** A bin had no events or no non-events; 0.5 was added to the empty count. */
  readonly adjusted: boolean;
  readonly strength: PredictiveStrength;
}

export interface TargetProfile {
  readonly column: string;
  /** Every class with its rows and share of the rows where the target is present, most frequent first. */
  readonly classes: readonly ValueCount[];
  readonly missing: number;
  /** The class counted as the event, or null when it could not be decided (more than two classes, none named). */
  readonly positive: string | null;
  readonly positiveRate: number | null;
  /** Other columns by decreasing information value. */
  readonly relations: readonly TargetRelation[];
}

export type SuggestionCode = 'drop-column' | 'log1p' | 'correlated-pair' | 'too-many-levels' | 'check-leakage';

export interface Suggestion {
  readonly code: SuggestionCode;
  readonly columns: readonly string[];
  readonly message: string;
}

/** The plain result of a profile run: what the report JSON carries as `result`. */
export interface ProfileResult {
  readonly rowCount: number;
  readonly columns: readonly ColumnProfile[];
  readonly correlation: CorrelationResult | null;
  readonly histograms: readonly ColumnHistogram[];
  /** Number columns with a histogram beyond the cap, left without one. */
  readonly histogramsLeftOut: number;
  readonly target: TargetProfile | null;
  readonly suggestions: readonly Suggestion[];
}
