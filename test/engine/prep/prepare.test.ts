import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { toOriginalUnits } from '../../../src/engine/prep/original-units';
import { prepare } from '../../../src/engine/prep/prepare';
import { buildTable } from '../../../src/engine/table/build';
import { readCsv } from '../../../src/cli/read-csv';
import { readReference, sharedPath } from '../../shared';
import { problemOf } from '../../problems';

interface ScalingCase { columns: string[]; mean: number[]; scale: number[]; first5: number[][] }
const scaling = readReference('scaling.json') as Record<string, ScalingCase>;

function csvTable(file: string) {
  const cells = readCsv(readFileSync(sharedPath('datasets', file), 'utf8'));
  return buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
}


const close = (a: number, b: number, rel = 1e-12) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

describe('prepare: standard scaling equals scikit-learn StandardScaler on the reference cases', () => {
  const cases: [string, string, 'drop' | 'zero'][] = [
    ['mall', 'mall_customers.csv', 'drop'],
    ['mall3', 'mall_customers.csv', 'drop'],
    // telco3: the 11 blank total_charges are set to 0 before scaling, as the churn study did
    ['telco3', 'telco_churn.csv', 'zero'],
    ['uci6', 'uci_credit_card_default.csv', 'drop'],
  ];
  test.each(cases)('%s', (name, file, missing) => {
    const ref = scaling[name] as ScalingCase;
    const prep = prepare(csvTable(file), { columns: ref.columns, scaling: 'standard', missing });
    prep.features.forEach((f, j) => {
      expect(close(f.center, ref.mean[j] as number)).toBe(true);
      expect(close(f.scale, ref.scale[j] as number)).toBe(true);
    });
    ref.first5.forEach((row, i) => row.forEach((v, j) => expect(close(prep.X.data[i * ref.columns.length + j] as number, v, 1e-10)).toBe(true)));
    expect(prep.X.rows).toBe(csvTable(file).rowCount);
  });
});

describe('prepare: scalings, derived by hand', () => {
  const table = buildTable([['x'], [1], [2], [3], [10]], { header: true });
  test('min-max maps 1..10 onto 0..1: (v − 1) / 9', () => {
    expect(Array.from(prepare(table, { columns: ['x'], scaling: 'minmax' }).X.data)).toEqual([0, 1 / 9, 2 / 9, 1]);
  });
  test('robust: median 2.5, IQR q3 − q1 = 4.75 − 1.75 = 3 (linear interpolation)', () => {
    const f = prepare(table, { columns: ['x'], scaling: 'robust' }).features[0];
    expect(f?.center).toBe(2.5);
    expect(f?.scale).toBe(3);
  });
  test('none leaves values as they are', () => {
    expect(Array.from(prepare(table, { columns: ['x'], scaling: 'none' }).X.data)).toEqual([1, 2, 3, 10]);
  });
  test('toOriginalUnits undoes scaling and log1p', () => {
    const prep = prepare(table, { columns: ['x'], scaling: 'standard', log1p: ['x'] });
    const back = Array.from({ length: 4 }, (_, i) => toOriginalUnits(prep.features, [prep.X.data[i] as number])[0] as number);
    [1, 2, 3, 10].forEach((v, i) => expect(back[i]).toBeCloseTo(v, 12));
  });
});

describe('prepare: missing values', () => {
  // B is blank in data rows 2 and 4 (sheet rows 3 and 5)
  const values = [['A', 'B'], [1, 10], [2, ''], [3, 30], [4, '#N/A'], [5, 50]];
  test('drop (default) leaves those rows out and names the column and first cell', () => {
    const prep = prepare(buildTable(values, { header: true }), { columns: ['A', 'B'], scaling: 'none' });
    expect(Array.from(prep.rowIndex)).toEqual([0, 2, 4]);
    expect(prep.dropped).toEqual({ count: 2, byColumn: [{ column: 'B', count: 2, firstCell: 'B3' }] });
  });
  test.each([
    ['mean', 30], // (10 + 30 + 50) / 3
    ['median', 30],
    ['zero', 0],
  ] as const)('%s imputes %d', (missing, fill) => {
    const prep = prepare(buildTable(values, { header: true }), { columns: ['B'], scaling: 'none', missing });
    expect(Array.from(prep.X.data)).toEqual([10, fill, 30, fill, 50]);
    expect(prep.dropped.count).toBe(0);
  });
  test('every row missing: the message names the column, the count and the first cell', () => {
    const p = problemOf(() => prepare(buildTable([['A', 'B'], [1, ''], [2, ''], [3, '#N/A']], { header: true }), { columns: ['A', 'B'] }));
    expect(p.code).toBe('no-rows-left');
    expect(p.message).toContain("'B'");
    expect(p.message).toContain('B2');
  });
  test('a mostly blank column gets a warning naming it', () => {
    const prep = prepare(buildTable([['A', 'B'], [1, ''], [2, ''], [3, 7], [4, '']], { header: true }), { columns: ['A', 'B'], missing: 'mean' });
    expect(prep.warnings.some((w) => w.code === 'mostly-blank' && w.column === 'B' && w.cell === 'B2')).toBe(true);
  });
});

describe('prepare: text columns are one-hot encoded', () => {
  test('levels in sorted order, one 0/1 feature each', () => {
    const prep = prepare(buildTable([['G', 'x'], ['m', 1], ['f', 2], ['m', 3]], { header: true }), { columns: ['G'], scaling: 'none' });
    expect(prep.features.map((f) => f.name)).toEqual(['G = f', 'G = m']);
    expect(Array.from(prep.X.data)).toEqual([0, 1, 1, 0, 0, 1]);
  });
  test('too many levels: the message names the column and the cap', () => {
    const rows = [['Name', 'x'], ...Array.from({ length: 40 }, (_, i) => [`customer ${i}`, i])];
    const p = problemOf(() => prepare(buildTable(rows, { header: true }), { columns: ['Name'] }));
    expect(p.code).toBe('too-many-categories');
    expect(p.message).toContain("'Name'");
    expect(p.message).toContain('40 distinct');
  });
});

describe('prepare: bad input from the catalogue', () => {
  test('a constant column is left out with a warning; all constant is an error', () => {
    const table = buildTable([['a', 'c'], [1, 5], [2, 5], [3, 5]], { header: true });
    const prep = prepare(table, { columns: ['a', 'c'] });
    expect(prep.features.map((f) => f.name)).toEqual(['a']);
    expect(prep.warnings.find((w) => w.code === 'constant-column')?.message).toContain("'c'");
    expect(problemOf(() => prepare(table, { columns: ['c'] })).code).toBe('all-constant');
  });
  test('all rows identical is an error that says so', () => {
    const p = problemOf(() => prepare(buildTable([['a', 'b'], [1, 2], [1, 2], [1, 2]], { header: true }), { columns: ['a', 'b'] }));
    expect(p.message).toMatch(/single value/);
  });
  test('an unknown column is named', () => {
    const p = problemOf(() => prepare(buildTable([['a'], [1], [2]], { header: true }), { columns: ['Amount'] }));
    expect(p.message).toContain("'Amount'");
  });
  test('a column chosen twice is named', () => {
    expect(problemOf(() => prepare(buildTable([['a'], [1], [2]], { header: true }), { columns: ['a', 'a'] })).code).toBe('duplicate-column');
  });
  test('log1p on a negative value names the cell', () => {
    const p = problemOf(() => prepare(buildTable([['a'], [1], [-2], [3]], { header: true }), { columns: ['a'], log1p: ['a'] }));
    expect(p.cell).toBe('A3');
  });
  test('log1p: true picks the right-skewed non-negative column only', () => {
    const skewed = [1, 1, 1, 2, 2, 3, 50, 400];
    const table = buildTable([['s', 'n'], ...skewed.map((v, i) => [v, i])], { header: true });
    const prep = prepare(table, { columns: ['s', 'n'], log1p: true });
    expect(prep.features.map((f) => f.log1p)).toEqual([true, false]);
  });
});
