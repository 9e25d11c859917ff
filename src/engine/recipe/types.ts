import type { Problem } from '../problem';
import type { Report, ReportCell, ReportSheet } from '../report/types';
import type { Table } from '../table/types';

/**
 * What a re-run compares between the old and the new report: per row, or per customer, the band it fell in
 * (its cluster, segment or predicted class), so the pane can say which changed.
 */
export interface RowBands {
  /** What a band is, for a sentence: "cluster", "segment", "predicted class". */
  readonly band: string;
  /** What is compared: data rows in order (keyed by position), or customers keyed by id. */
  readonly unit: 'row' | 'customer';
  /** Customer ids as text, aligned with values; null for data rows. */
  readonly keys: readonly string[] | null;
  /** The band of each row or customer; null (or a negative cluster) where it has none (left out, noise). */
  readonly values: readonly (string | number | null)[];
}

/** A column a run can append beside its source: a header and one cell per data row (null: left blank). */
export interface ResultColumn {
  readonly header: string;
  /** Excel number format of the values ("0", "0.0000", "@" for text). */
  readonly format?: string;
  readonly values: readonly ReportCell[];
}

/** Every recipe names its analysis; the rest is the analysis's own. */
export interface RecipeBase {
  readonly kind: string;
  /** Where the data came from, for the About sheet and re-runs ("Sheet1!A1:E201", "mall_customers.csv"). */
  readonly source?: string;
}

/** Progress as a phase in words and a fraction of the whole run in [0, 1]. */
export interface Progress {
  readonly phase: string;
  readonly fraction: number;
}

export interface RunContext {
  readonly onProgress?: (progress: Progress) => void;
  /** Checked between steps; a cancelled run throws RunCancelled. */
  readonly isCancelled?: () => boolean;
}

/** The outcome of validating a raw recipe: the typed recipe, or every problem found. */
export type Validated<R> = { readonly ok: true; readonly recipe: R } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * One analysis: its recipe type, validation, run and report builder together.
 * Analyses join the registry (engine/recipe/registry) and are never switched on elsewhere.
 */
export interface Analysis<R extends RecipeBase = RecipeBase, TResult = unknown> {
  readonly kind: R['kind'];
  readonly title: string;
  /** Check a raw recipe (from JSON, the task pane or the workbook) against the table it will run on. */
  validate(raw: unknown, table: Table): Validated<R>;
  run(recipe: R, table: Table, context?: RunContext): Report<TResult, R>;
  /**
   * Analyses that can score new rows with plain Excel formulas build that sheet here (a visible Model table
   * and per-row formulas) from the report and the table it was computed from.
   */
  liveFormulaSheet?(report: Report<TResult, R>, table: Table): ReportSheet;
  /**
   * The recipe a re-run uses, given the report of the run it replaces; without this hook a re-run uses the
   * recorded recipe as it is. Clusterings carry their cluster numbers over (see cluster/cluster-numbering).
   */
  rerunRecipe?(recipe: R, previous: Report<TResult, R>): R;
  /** What a re-run compares per row or customer to say what changed; without it, a re-run counts added rows only. */
  rowBands?(report: Report<TResult, R>): RowBands;
  /** The per-row result a person may append beside the source (cluster, segment, PD); without it there is none. */
  resultColumn?(report: Report<TResult, R>, table: Table): ResultColumn;
}

export class RunCancelled extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelled';
  }
}
