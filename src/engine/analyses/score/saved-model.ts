import { fail } from '../../problem';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import { checkSourceColumns, type SourceColumn } from './design';
import { explainModel, predictModel, type FittedModel } from './model';
import { populationBins, psi, type PopulationBins } from './psi';
import { topReasons } from './reasons';

const FORMAT = 'segments-score-model';
/** Excel holds at most 32,767 characters in a cell; chunks stay well below. */
const CHUNK = 30_000;

/** Everything needed to score new rows later, as plain JSON kept in the workbook. */
export interface SavedModel {
  readonly format: typeof FORMAT;
  readonly formatVersion: 1;
  readonly engineVersion: string;
  readonly target: { readonly column: string; readonly positive: string; readonly negative: string };
  /** Source columns the model reads, with their types at training time. */
  readonly columns: readonly SourceColumn[];
  readonly threshold: number;
  readonly model: FittedModel;
  /** Training spread of every column and of the probability of default, for the population stability index. */
  readonly population: { readonly columns: readonly { readonly column: string; readonly bins: PopulationBins }[]; readonly pd: PopulationBins };
}

/** Scores of new rows, aligned with the rows of the table scored. */
export interface NewRowScores {
  readonly pd: readonly number[];
  readonly predicted: readonly number[];
  readonly points: readonly number[] | null;
  readonly reasons: readonly (readonly string[])[];
  readonly psi: { readonly columns: readonly { readonly column: string; readonly psi: number }[]; readonly pd: number };
}

/**
 * Package a fitted model with the training spread of its columns and of the PD (from the training rows).
 * @example JSON.stringify(saveModel(model, target, 0.5, table, trainRows)) // travels with the workbook
 */
export function saveModel(model: FittedModel, target: SavedModel['target'], threshold: number, table: Table, trainRows: Uint32Array): SavedModel {
  const names = modelColumns(model);
  const columns = names.map((name) => {
    const c = getColumn(table, name);
    return { column: name, type: c.type, bins: populationBins(pickValues(table, name, trainRows)) };
  });
  const pd = predictModel(model, table, trainRows).pd;
  return {
    format: FORMAT, formatVersion: 1, engineVersion: VERSION, target,
    columns: columns.map(({ column, type }) => ({ name: column, type })),
    threshold, model,
    population: { columns: columns.map(({ column, bins }) => ({ column, bins })), pd: populationBins(pd) },
  };
}

/**
 * Score every row of `table` with a saved model: PD, predicted class at the saved threshold, points
 * (scorecards), three reason codes, and the PSI of each column and of the PD against the training data.
 * A missing column or one whose type changed fails with its name.
 * @example scoreNewRows(JSON.parse(json), nextMonth).psi.pd // 0.03: stable
 */
export function scoreNewRows(saved: SavedModel, table: Table): NewRowScores {
  if ((saved as { format?: unknown }).format !== FORMAT) fail('not-a-saved-model', 'This is not a saved Segments score model; re-run the score analysis to save one.');
  checkSourceColumns(saved.columns, table);
  const out = predictModel(saved.model, table);
  const why = explainModel(saved.model, table);
  return {
    pd: Array.from(out.pd),
    predicted: Array.from(out.pd, (p) => (p >= saved.threshold ? 1 : 0)),
    points: out.points ? Array.from(out.points) : null,
    reasons: topReasons(why.contributions, why.columns),
    psi: {
      columns: saved.population.columns.map(({ column, bins }) => ({ column, psi: psi(bins, pickValues(table, column)) })),
      pd: psi(saved.population.pd, out.pd),
    },
  };
}

/**
 * The saved model as JSON cut into pieces that each fit in one Excel cell; `parseSavedModel` joins them.
 * @example modelChunks(saved).join('') === JSON.stringify(saved) // true
 */
export function modelChunks(saved: SavedModel): string[] {
  const json = JSON.stringify(saved);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

/** A saved model back from its JSON pieces (or the whole text). */
export function parseSavedModel(chunks: string | readonly string[]): SavedModel {
  const text = typeof chunks === 'string' ? chunks : chunks.join('');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('not-a-saved-model', 'The saved model is not valid JSON: its cells may have been edited or cut. Re-run the score analysis to save it again.');
  }
  if ((parsed as { format?: unknown } | null)?.format !== FORMAT) fail('not-a-saved-model', 'This is not a saved Segments score model; re-run the score analysis to save one.');
  return parsed as SavedModel;
}

function modelColumns(model: FittedModel): string[] {
  switch (model.kind) {
    case 'logistic':
    case 'boosted':
      return model.design.columns.map((c) => c.name);
    case 'scorecard':
      return model.features.map((f) => f.column);
    default: {
      const unknown: never = model;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

function pickValues(table: Table, name: string, rows?: Uint32Array): Float64Array | (string | null)[] {
  const c = getColumn(table, name);
  const use = rows ?? Uint32Array.from({ length: table.rowCount }, (_, i) => i);
  return c.type === 'text' ? Array.from(use, (r) => c.values[r] ?? null) : Float64Array.from(use, (r) => c.values[r] as number);
}
