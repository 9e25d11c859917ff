import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../../src/engine/problem';
import { buildTable } from '../../../src/engine/table/build';
import { closestName, editDistance } from '../../../src/engine/table/closest-name';
import { getColumn } from '../../../src/engine/table/get-column';
import { numericColumn } from '../../../src/engine/table/numeric-column';

const table = buildTable([
  ['CustomerID', 'Genre', 'Age', 'Annual Income (k$)'],
  [1, 'Male', 19, 15],
  [2, 'Male', 21, 15],
  [3, 'Female', 20, 16],
]);

const problemOf = (f: () => unknown): { code: string; column?: string; message: string } => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const problem = (e as InputError).problems[0];
    if (problem) return problem;
  }
  throw new Error('expected an InputError');
};

describe('getColumn(table, name)', () => {
  test('returns the column with that exact name', () => {
    expect(getColumn(table, 'Age').index).toBe(2);
  });

  test('an unknown name throws, listing the columns and the closest one', () => {
    const problem = problemOf(() => getColumn(table, 'annual income'));
    expect(problem.code).toBe('unknown-column');
    expect(problem.column).toBe('annual income');
    expect(problem.message).toBe(
      "There is no column 'annual income' in the selection. Did you mean 'Annual Income (k$)'? Columns: 'CustomerID', 'Genre', 'Age', 'Annual Income (k$)'.",
    );
  });
});

describe('numericColumn(table, name)', () => {
  test('returns a number column', () => {
    expect(Array.from(numericColumn(table, 'Age').values)).toEqual([19, 21, 20]);
  });

  test('a text column throws, quoting two of its distinct values', () => {
    const problem = problemOf(() => numericColumn(table, 'Genre'));
    expect(problem.code).toBe('column-text');
    expect(problem.message).toBe("Column 'Genre' is text (values such as 'Male', 'Female'); choose numeric columns or encode it as categorical.");
  });

  test('an unknown name fails like getColumn', () => {
    expect(problemOf(() => numericColumn(table, 'Agee')).message).toContain("Did you mean 'Age'?");
  });
});

describe('closestName / editDistance', () => {
  test('edit distance counts single-character edits: kitten → sitting is 3 (k→s, e→i, +g)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('closest ignores case and surrounding spaces; undefined without candidates', () => {
    expect(closestName(' AGE ', ['Genre', 'Age'])).toBe('Age');
    expect(closestName('x', [])).toBeUndefined();
  });
});
