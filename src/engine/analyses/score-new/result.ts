import type { FittedModel } from '../score/model';
import type { NewRowScores, SavedModel } from '../score/saved-model';

/** The plain result of scoring new rows: per-row outputs aligned with the new rows, then the drift and the model's settings. */
export interface ScoreNewResult {
  /** Probability of default of every new row. */
  readonly pd: readonly number[];
  /** 1 where pd ≥ threshold. */
  readonly predicted: readonly number[];
  /** Scorecard points per row; null for other models. */
  readonly points: readonly number[] | null;
  /** Up to three columns that raised each row's risk most, largest first. */
  readonly reasons: readonly (readonly string[])[];
  /** Population stability index of each model column and of the PD, new rows against the training rows. */
  readonly psi: NewRowScores['psi'];
  readonly rowsScored: number;
  /**
   * Rows with a blank in a column the model reads. Every model fills blanks as it did in training (the median or
   * 0 and a "missing" flag, the scorecard's Missing bin), so they are scored, but a reader should know.
   */
  readonly rowsWithBlanks: number;
  readonly threshold: number;
  readonly target: SavedModel['target'];
  readonly modelKind: FittedModel['kind'];
  readonly rowKey: string | null;
}
