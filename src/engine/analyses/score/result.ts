import type { CalibrationRow } from '../../classify/calibration';
import type { Confusion } from '../../classify/confusion';
import type { DecileRow } from '../../classify/decile-table';
import type { MeasureName, Measures } from './measures';
import type { FittedModel } from './model';
import type { SavedModel } from './saved-model';
import type { IvReading } from './woe';
import type { Spread } from './validate-model';

/** Which part of the protocol a row belonged to; unlabelled rows (blank target) are scored only. */
export type RowPart = 'train' | 'test' | 'unlabelled';

/** A logistic coefficient on the standardised feature and per unit of the source value. */
export interface CoefficientRow {
  readonly name: string;
  readonly column: string;
  readonly coef: number;
  /** Wald standard error and p-value, unpenalised fits only. */
  readonly stdErr: number | null;
  readonly pValue: number | null;
  /** Per unit of the source value (a one-hot or missing flag: for the flag being 1). */
  readonly coefPerUnit: number;
  readonly oddsRatioPerUnit: number;
  readonly stdErrPerUnit: number | null;
}

export interface ScorecardBinRow {
  readonly label: string;
  readonly count: number;
  readonly bads: number;
  readonly goods: number;
  readonly badRate: number;
  readonly woe: number;
  readonly points: number;
}

export interface ScorecardRow {
  readonly column: string;
  readonly iv: number;
  readonly reading: IvReading;
  readonly coef: number;
  readonly bins: readonly ScorecardBinRow[];
}

/** The plain result of a score run: per-row outputs aligned with the input rows, then the fitted quantities. */
export interface ScoreResult {
  /** Probability of default of every data row (rows with a blank target too). */
  readonly pd: readonly number[];
  /** 1 where pd ≥ threshold. */
  readonly predicted: readonly number[];
  /** Scorecard points per row; null for other models. */
  readonly points: readonly number[] | null;
  /** Up to three columns that raised each row's risk most, largest first. */
  readonly reasons: readonly (readonly string[])[];
  readonly part: readonly RowPart[];
  readonly target: { readonly column: string; readonly positive: string; readonly negative: string; readonly missing: number };
  readonly rowKey: string | null;
  readonly features: readonly string[];
  readonly model: FittedModel['kind'];
  /** Intercept of the logistic model, or the trees' starting log-odds. */
  readonly intercept: number;
  readonly coefficients: readonly CoefficientRow[] | null;
  readonly scorecard: readonly ScorecardRow[] | null;
  readonly boosting: { readonly trees: number; readonly stoppedEarly: boolean } | null;
  /** |standardised coefficient| (logistic), information value (scorecard) or total split gain (trees), largest first. */
  readonly importance: readonly { readonly name: string; readonly value: number }[];
  readonly threshold: number;
  readonly cv: Readonly<Record<MeasureName, Spread>>;
  readonly folds: readonly Measures[];
  readonly test: Measures;
  readonly confusion: Confusion;
  /** Test ROC as scikit-learn's roc_curve(drop_intermediate=True). */
  readonly roc: { readonly fpr: readonly number[]; readonly tpr: readonly number[]; readonly thresholds: readonly number[] };
  /** Gains/lift and calibration by decile of the test part. */
  readonly deciles: readonly DecileRow[];
  readonly calibration: readonly CalibrationRow[];
  readonly rowsTrain: number;
  readonly rowsTest: number;
  readonly rowsUnlabelled: number;
  readonly savedModel: SavedModel;
}
