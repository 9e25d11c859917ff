import { matrix } from '../matrix';
import { fail, type Problem } from '../problem';
import { LOG1P_SKEW, skewness } from '../stats/describe';
import { quantileSorted } from '../stats/quantile';
import { dataCellAddress } from '../table/address';
import { getColumn } from '../table/get-column';
import type { Column, Table } from '../table/types';
import { fitScaling } from './scaling';
import { MAX_CATEGORIES, type Feature, type MissingPolicy, type PrepOptions, type Prepared } from './types';

/** Level used for a blank text cell when missing values are imputed rather than dropped. */
export const BLANK_LEVEL = '(blank)';

/** Above this share of missing cells a column gets a warning: it either drops many rows or is mostly invented. */
const MOSTLY_BLANK = 0.5;

/**
 * The feature matrix for the chosen columns: missing values dropped or imputed, text one-hot encoded,
 * optional log1p, then scaled. The returned features say exactly how to map results back to original units.
 * @example prepare(table, { columns: ['Annual Income (k$)', 'Spending Score (1-100)'] }) // standard-scaled n×2
 */
export function prepare(table: Table, options: PrepOptions): Prepared {
  const scaling = options.scaling ?? 'standard';
  const missing = options.missing ?? 'drop';
  const maxCategories = options.maxCategories ?? MAX_CATEGORIES;
  if (options.columns.length === 0) fail('no-columns', 'Choose at least one column to cluster on.');
  const columns = resolveColumns(table, options.columns);
  const warnings: Problem[] = [];

  const missingByColumn = columns.map((c) => countMissing(table, c));
  missingByColumn.forEach((m) => {
    if (m.count > table.rowCount * MOSTLY_BLANK) {
      warnings.push({
        code: 'mostly-blank',
        column: m.column,
        cell: m.firstCell,
        message: `Column '${m.column}' is ${percent(m.count / table.rowCount)} blank or unusable (first at ${m.firstCell}); ` +
          (missing === 'drop' ? `dropping those rows leaves ${table.rowCount - m.count} — consider excluding the column.` : 'most of its values are imputed — consider excluding the column.'),
      });
    }
  });
  const rows = keptRows(table, columns, missing);
  if (rows.length === 0) {
    const worst = missingByColumn.reduce((a, b) => (b.count > a.count ? b : a));
    fail('no-rows-left', `Every row has a missing value in the chosen columns (column '${worst.column}' is blank or unusable in ${worst.count} rows, first at ${worst.firstCell}). Choose a missing-value policy that imputes, or exclude the column.`, { column: worst.column, cell: worst.firstCell });
  }

  const log1pColumns = chooseLog1p(table, columns, rows, options.log1p ?? false, warnings);
  const built: { feature: Feature; values: Float64Array }[] = [];
  for (const column of columns) {
    if (column.type === 'text') {
      built.push(...oneHot(column, rows, missing, maxCategories, warnings));
    } else {
      const feature = numericFeature(column, rows, missing, log1pColumns.has(column.name), warnings);
      if (feature) built.push(feature);
    }
  }
  if (built.length === 0) {
    fail('all-constant', `Every chosen column has a single value across the ${rows.length} rows used, so there is nothing to cluster on. Choose columns that vary.`);
  }

  const fitted = built.map(({ feature, values }) => {
    const { center, scale } = fitScaling(values, scaling);
    return { feature: { ...feature, center, scale }, values };
  });
  const n = rows.length, d = fitted.length;
  const X = matrix(n, d);
  fitted.forEach(({ feature, values }, j) => {
    for (let i = 0; i < n; i++) X.data[i * d + j] = ((values[i] as number) - feature.center) / feature.scale;
  });
  const dropped = table.rowCount - n;
  return {
    X,
    rowIndex: rows,
    features: fitted.map((f) => f.feature),
    dropped: {
      count: dropped,
      byColumn: missing === 'drop' ? missingByColumn.filter((m) => m.count > 0) : [],
    },
    warnings,
  };
}

function resolveColumns(table: Table, names: readonly string[]): Column[] {
  const seen = new Set<string>();
  return names.map((name) => {
    if (seen.has(name)) fail('duplicate-column', `Column '${name}' is chosen twice; choose each column once.`, { column: name });
    seen.add(name);
    return getColumn(table, name);
  });
}

function isMissing(column: Column, row: number): boolean {
  return column.type === 'text' ? column.values[row] == null : Number.isNaN(column.values[row]);
}

function countMissing(table: Table, column: Column): { column: string; count: number; firstCell: string } {
  let count = 0, first = -1;
  for (let i = 0; i < table.rowCount; i++) {
    if (isMissing(column, i)) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { column: column.name, count, firstCell: first < 0 ? '' : dataCellAddress(table, first, column.index) };
}

function keptRows(table: Table, columns: readonly Column[], missing: MissingPolicy): Int32Array {
  if (missing !== 'drop') return Int32Array.from({ length: table.rowCount }, (_, i) => i);
  const kept: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (columns.every((c) => !isMissing(c, i))) kept.push(i);
  }
  return Int32Array.from(kept);
}

function chooseLog1p(table: Table, columns: readonly Column[], rows: Int32Array, option: boolean | readonly string[], warnings: Problem[]): Set<string> {
  const chosen = new Set<string>();
  if (option === false) return chosen;
  const numeric = columns.filter((c) => c.type !== 'text');
  if (option === true) {
    for (const column of numeric) {
      const values = pick(column.values as Float64Array, rows);
      const skew = skewness(values);
      if (values.every((v) => Number.isNaN(v) || v >= 0) && skew > LOG1P_SKEW) {
        chosen.add(column.name);
        warnings.push({ code: 'log1p-applied', column: column.name, message: `Column '${column.name}' is right-skewed (skewness ${skew.toFixed(2)}), so log1p was applied before scaling.` });
      }
    }
    return chosen;
  }
  for (const name of option) {
    const column = getColumn(table, name);
    if (!columns.includes(column)) fail('log1p-unused-column', `log1p is asked for column '${name}', which is not among the chosen columns.`, { column: name });
    if (column.type === 'text') fail('log1p-text', `log1p needs numbers, but column '${name}' is text.`, { column: name });
    const negative = rows.find((r) => (column.values[r] as number) < 0);
    if (negative !== undefined) {
      const cell = dataCellAddress(table, negative, column.index);
      fail('log1p-negative', `log1p needs values ≥ 0, but column '${name}' has ${column.values[negative]} at ${cell}. Remove log1p for this column or clean the negative values.`, { column: name, cell });
    }
    chosen.add(name);
  }
  return chosen;
}

function numericFeature(column: Column & { values: Float64Array }, rows: Int32Array, missing: MissingPolicy, log1p: boolean, warnings: Problem[]): { feature: Feature; values: Float64Array } | null {
  const raw = pick(column.values, rows);
  const fill = fillValue(raw, missing);
  const values = raw.map((v) => {
    const x = Number.isNaN(v) ? fill : v;
    return log1p ? Math.log1p(x) : x;
  });
  if (isConstant(values)) {
    warnings.push({ code: 'constant-column', column: column.name, message: `Column '${column.name}' has the same value (${values[0]}) in every row used, so it cannot separate clusters and was left out.` });
    return null;
  }
  return { feature: { name: column.name, column: column.name, log1p, fill, center: 0, scale: 1 }, values };
}

function fillValue(values: Float64Array, missing: MissingPolicy): number {
  const present = values.filter((v) => !Number.isNaN(v));
  switch (missing) {
    case 'drop':
      return NaN;
    case 'zero':
      return 0;
    case 'mean':
      return present.reduce((a, b) => a + b, 0) / present.length;
    case 'median':
      return quantileSorted(present.sort(), 0.5);
    default: {
      const unknown: never = missing;
      throw new Error(`unknown missing-value policy ${String(unknown)}`);
    }
  }
}

function oneHot(column: Column & { type: 'text' }, rows: Int32Array, missing: MissingPolicy, maxCategories: number, warnings: Problem[]): { feature: Feature; values: Float64Array }[] {
  const cells = Array.from(rows, (r) => column.values[r] ?? (missing === 'drop' ? null : BLANK_LEVEL));
  const levels = [...new Set(cells)].filter((v): v is string => v !== null).sort();
  if (levels.length > maxCategories) {
    const examples = levels.slice(0, 3).map((l) => `'${l}'`).join(', ');
    fail('too-many-categories', `Column '${column.name}' is text with ${levels.length} distinct values (${examples}, …); one-hot encoding allows at most ${maxCategories}. Exclude it, group its values, or choose numeric columns.`, { column: column.name });
  }
  if (levels.length < 2) {
    warnings.push({ code: 'constant-column', column: column.name, message: `Column '${column.name}' has the single value '${levels[0] ?? ''}' in every row used, so it cannot separate clusters and was left out.` });
    return [];
  }
  return levels.map((level) => ({
    feature: { name: `${column.name} = ${level}`, column: column.name, level, log1p: false, fill: NaN, center: 0, scale: 1 },
    values: Float64Array.from(cells, (c) => (c === level ? 1 : 0)),
  }));
}

function pick(values: Float64Array, rows: Int32Array): Float64Array {
  return Float64Array.from(rows, (r) => values[r] as number);
}

function isConstant(values: Float64Array): boolean {
  return values.every((v) => v === values[0]);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
