import { describe, expect, test } from '@jest/globals';
import { buildTable } from '../../../../src/engine/table/build';
import { profile, profileProblems } from './run-profile';

describe('profile on bad input', () => {
  test('a column of all blanks is flagged empty and suggested for dropping', () => {
    const table = buildTable([['id', 'amount', 'note'], [1, 10, ''], [2, 20, ''], [3, 40, '']], { header: true });
    const r = profile(table).result;
    const note = r.columns.find((c) => c.name === 'note');
    expect(note).toMatchObject({ count: 0, missing: 3, missingShare: 1, flags: ['empty'] });
    expect(r.suggestions.find((s) => s.columns[0] === 'note')?.code).toBe('drop-column');
  });

  test('a single row profiles without throwing: statistics that need more rows are undefined', () => {
    const r = profile(buildTable([['amount', 'city'], [12.5, 'Leeds']], { header: true })).result;
    const amount = r.columns[0];
    expect(amount?.numbers).toMatchObject({ count: 1, mean: 12.5, median: 12.5 });
    expect(amount?.numbers?.std).toBeNaN();
    expect(amount?.numbers?.skew).toBeNaN();
    expect(r.correlation).toBeNull();
  });

  test('a column of Excel errors counts them as errors, not values', () => {
    const table = buildTable([['x', 'ratio'], [1, '#DIV/0!'], [2, '#N/A'], [3, '#DIV/0!']], { header: true });
    const ratio = profile(table).result.columns.find((c) => c.name === 'ratio');
    expect(ratio).toMatchObject({ count: 0, errors: 3, missing: 0 });
    expect(ratio?.flags).toContain('empty');
  });

  test('16,384 columns (the grid\'s width) of a few rows: every column profiled, correlations and charts capped', () => {
    const width = 16_384;
    const header = Array.from({ length: width }, (_, j) => `c${j}`);
    // Fractional values, so unique-per-row columns do not read as identifiers (whole numbers would).
    const rows = [1, 2, 3].map((i) => Array.from({ length: width }, (_, j) => i * ((j % 7) + 1) + (j % 3 === 0 ? i * i : 0) + 0.5));
    const report = profile(buildTable([header, ...rows], { header: true }));
    const r = report.result;
    expect(r.columns).toHaveLength(width);
    expect(r.correlation?.columns).toHaveLength(100);
    expect(r.correlation?.leftOut).toBe(width - 100);
    expect(r.histograms).toHaveLength(40);
    expect(report.sheets.find((s) => s.name === 'Profile')?.tables[0]?.rows).toHaveLength(width);
  });

  test('a target with one class, an unknown positive class, or a misspelt option gets a message naming the fix', () => {
    const table = buildTable([['age', 'churn'], [30, 'No'], [40, 'No'], [50, 'No']], { header: true });
    expect(profileProblems(table, { target: 'churn' })[0]).toMatchObject({ code: 'target-one-class', column: 'churn' });
    expect(profileProblems(table, { target: 'churn' })[0]?.message).toContain("holds only 'No'");
    const two = buildTable([['age', 'churn'], [30, 'No'], [40, 'Yes'], [50, 'No']], { header: true });
    expect(profileProblems(two, { target: 'churn', positive: 'yes' })[0]?.message).toContain("its values are 'No', 'Yes'");
    expect(profileProblems(two, { targte: 'churn' })[0]?.code).toBe('recipe-unknown-field');
    expect(profileProblems(two, { target: 'Churn' })[0]).toMatchObject({ code: 'unknown-column' });
  });
});
