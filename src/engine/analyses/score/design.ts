import { matrix, type Matrix } from '../../matrix';
import { fail, InputError, type Problem } from '../../problem';
import { fitScaling } from '../../prep/scaling';
import { MAX_CATEGORIES } from '../../prep/types';
import { quantileSorted } from '../../stats/quantile';
import { getColumn } from '../../table/get-column';
import type { Column, ColumnType, Table } from '../../table/types';

/** How blanks in a numeric column are filled: the training median plus a 0/1 "missing" feature, the median alone, or 0. */
export type MissingPolicy = 'median-indicator' | 'median' | 'zero';
/** One-hot encoding of text columns: a 0/1 feature per level, or without the first (alphabetical) level. */
export type OneHotPolicy = 'all-levels' | 'drop-first';
export type DesignScaling = 'standard' | 'none';

export interface DesignOptions {
  readonly missing: MissingPolicy;
  readonly oneHot: OneHotPolicy;
  readonly scaling: DesignScaling;
}

/**
 * One column of the model's feature matrix, z = (v − center) / scale, where v is the cell (blank → fill),
 * the 0/1 "cell is blank" flag, or the 0/1 "cell equals level" flag (a blank or unseen text is 0 in every level).
 */
export type DesignFeature =
  | { readonly kind: 'number'; readonly name: string; readonly column: string; readonly fill: number; readonly center: number; readonly scale: number }
  | { readonly kind: 'missing'; readonly name: string; readonly column: string; readonly center: number; readonly scale: number }
  | { readonly kind: 'level'; readonly name: string; readonly column: string; readonly level: string; readonly center: number; readonly scale: number };

/** A source column as the design saw it, so new rows can be checked against it. */
export interface SourceColumn {
  readonly name: string;
  readonly type: ColumnType;
}

/** Everything needed to turn rows of a table into the feature matrix: plain JSON, fitted on training rows only. */
export interface Design {
  readonly columns: readonly SourceColumn[];
  readonly features: readonly DesignFeature[];
}

type Unscaled = { kind: 'number'; column: string; name: string; fill: number } | { kind: 'missing'; column: string; name: string } | { kind: 'level'; column: string; name: string; level: string };

/**
 * Fit the design on the training rows: medians, levels and scaling come from those rows alone, so the
 * test part and new rows are transformed exactly like data the model never saw. A feature that is constant
 * on the training rows is left out with a warning naming it.
 * @example fitDesign(table, ['Income', 'Home'], trainRows, { missing: 'median-indicator', oneHot: 'all-levels', scaling: 'standard' })
 * // features: Income, Income missing, Home = owner, Home = rent, … (standardised)
 */
export function fitDesign(table: Table, names: readonly string[], trainRows: Uint32Array, options: DesignOptions): { design: Design; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const columns = names.map((name) => getColumn(table, name));
  const candidates: Unscaled[] = columns.flatMap((c) => candidateFeatures(c, trainRows, options));
  const features: DesignFeature[] = [];
  for (const feature of candidates) {
    const values = featureValues(feature, getColumn(table, feature.column), trainRows);
    if (values.every((v) => v === values[0])) {
      warnings.push({ code: 'constant-feature', column: feature.column, message: `Feature '${feature.name}' has the same value (${values[0]}) in every training row, so it cannot tell defaults apart and was left out.` });
      continue;
    }
    const { center, scale } = fitScaling(values, options.scaling);
    features.push({ ...feature, center, scale });
  }
  if (features.length === 0) fail('no-features', `Every chosen feature (${names.join(', ')}) is constant on the training rows, so there is nothing to score with. Choose columns that vary.`);
  return { design: { columns: columns.map((c) => ({ name: c.name, type: c.type })), features }, warnings };
}

/**
 * The feature matrix of `rows` (default: every row) of a table with the design's columns. A column that is
 * missing or whose type changed since the design was fitted fails, naming the column.
 * @example applyDesign(design, newTable).rows // newTable.rowCount
 */
export function applyDesign(design: Design, table: Table, rows?: Uint32Array): Matrix {
  checkSourceColumns(design.columns, table);
  const use = rows ?? Uint32Array.from({ length: table.rowCount }, (_, i) => i);
  const d = design.features.length, x = matrix(use.length, d);
  design.features.forEach((feature, j) => {
    const values = featureValues(feature, getColumn(table, feature.column), use);
    for (let i = 0; i < use.length; i++) x.data[i * d + j] = ((values[i] as number) - feature.center) / feature.scale;
  });
  return x;
}

/**
 * Fail, naming every such column, when the table lacks columns the model was trained on or their type changed
 * (a number column now read as text is a shifted or reformatted column, not data to score).
 * @example checkSourceColumns([{ name: 'Age', type: 'number' }], table) // passes when Age is numeric
 */
export function checkSourceColumns(columns: readonly SourceColumn[], table: Table): void {
  const problems: Problem[] = [];
  const expected = columns.map((c) => `'${c.name}'`).join(', ');
  for (const source of columns) {
    const found = table.columns.find((c) => c.name === source.name);
    if (!found) {
      problems.push({ code: 'model-column-missing', column: source.name, message: `The model needs column '${source.name}', which is not in the selection. Select rows with the same columns as the training data (${expected}).` });
    } else if (found.type !== source.type) {
      problems.push({ code: 'model-column-type', column: source.name, message: `Column '${source.name}' held ${source.type} values when the model was trained but holds ${found.type} values now. Check that the column was not shifted or reformatted.` });
    }
  }
  // Every column at once, so a person fixes the selection in one go.
  if (problems.length > 0) throw new InputError(problems);
}

function candidateFeatures(column: Column, trainRows: Uint32Array, options: DesignOptions): Unscaled[] {
  const name = column.name;
  if (column.type === 'text') {
    const levels = [...new Set(Array.from(trainRows, (r) => column.values[r] ?? null).filter((v): v is string => v !== null))].sort();
    if (levels.length > MAX_CATEGORIES) {
      fail('too-many-categories', `Column '${name}' is text with ${levels.length} different values ('${levels[0]}', '${levels[1]}', …); one-hot encoding allows at most ${MAX_CATEGORIES}. Leave it out of the features or group its values.`, { column: name });
    }
    const kept = options.oneHot === 'drop-first' ? levels.slice(1) : levels;
    const blanks = Array.from(trainRows).some((r) => column.values[r] == null);
    const indicator: Unscaled[] = blanks && options.missing === 'median-indicator' ? [{ kind: 'missing', column: name, name: `${name} missing` }] : [];
    return [...kept.map((level): Unscaled => ({ kind: 'level', column: name, name: `${name} = ${level}`, level })), ...indicator];
  }
  const present = Float64Array.from(trainRows, (r) => column.values[r] as number).filter((v) => !Number.isNaN(v)).sort();
  if (present.length === 0) fail('feature-all-blank', `Column '${name}' is blank in every training row; leave it out of the features.`, { column: name });
  const fill = options.missing === 'zero' ? 0 : quantileSorted(present, 0.5);
  const indicator: Unscaled[] = present.length < trainRows.length && options.missing === 'median-indicator' ? [{ kind: 'missing', column: name, name: `${name} missing` }] : [];
  return [{ kind: 'number', column: name, name, fill }, ...indicator];
}

function featureValues(feature: Unscaled, column: Column, rows: Uint32Array): Float64Array {
  switch (feature.kind) {
    case 'number': {
      const values = column.values as Float64Array;
      return Float64Array.from(rows, (r) => {
        const v = values[r] as number;
        return Number.isNaN(v) ? feature.fill : v;
      });
    }
    case 'missing':
      return Float64Array.from(rows, (r) => (column.type === 'text' ? column.values[r] == null : Number.isNaN(column.values[r])) ? 1 : 0);
    case 'level': {
      const values = column.values as readonly (string | null)[];
      return Float64Array.from(rows, (r) => (values[r] === feature.level ? 1 : 0));
    }
    default: {
      const unknown: never = feature;
      throw new Error(`unknown feature ${String(unknown)}`);
    }
  }
}
