import { describe, expect, test } from '@jest/globals';
import { score, scoreProblems, toyTable } from './run-score';
import { loanBook } from './synthetic';

const features = ['income', 'home', 'branch'];

describe('bad input gets a message that names the problem', () => {
  const { table, status } = loanBook(300);

  test('a target with one class only', () => {
    const t = toyTable(['x', 'status'], [[1, 'good'], [2, 'good'], [3, 'good'], [4, 'good']]);
    expect(scoreProblems(t, { target: 'status', features: ['x'] })[0]).toMatchObject({ code: 'target-one-class', column: 'status' });
  });

  test('a target with three values', () => {
    const t = toyTable(['x', 'status'], [[1, 'good'], [2, 'bad'], [3, 'late'], [4, 'good']]);
    const [p] = scoreProblems(t, { target: 'status', features: ['x'] });
    expect(p).toMatchObject({ code: 'target-not-binary', column: 'status' });
    expect(p?.message).toContain("'late'");
  });

  test('a constant feature is left out with a warning naming it; the run goes on', () => {
    const report = score(table, { target: 'status', features });
    const warning = report.warnings.find((w) => w.code === 'constant-feature');
    expect(warning?.column).toBe('branch');
    expect(report.result.coefficients?.map((c) => c.column)).not.toContain('branch');
  });

  test('a feature that separates the classes: named, refused without a penalty, a warning with one', () => {
    expect(scoreProblems(table, { target: 'status', features: ['income', 'leak'], model: { kind: 'logistic', C: null } })[0]).toMatchObject({ code: 'separation', column: 'leak' });
    const penalised = score(table, { target: 'status', features: ['income', 'leak'], model: { kind: 'logistic', C: 1 } });
    expect(penalised.warnings.find((w) => w.code === 'separation')?.column).toBe('leak');
    expect(penalised.result.test.auc).toBe(1);
  });

  test('rows with a blank target are scored, not trained on', () => {
    const blanked = toyTable(['id', 'income', 'home', 'status'], status.map((s, i) => [i + 1, 20 + ((i * 37) % 100), ['own', 'rent'][i % 2] as string, i % 10 === 0 ? '' : s]));
    const report = score(blanked, { target: 'status' });
    const r = report.result;
    expect(r.rowsUnlabelled).toBe(30);
    expect(r.rowsTrain + r.rowsTest).toBe(270);
    r.part.forEach((p, i) => expect(p === 'unlabelled').toBe(i % 10 === 0));
    expect(r.pd.every((p) => p > 0 && p < 1)).toBe(true);
    expect(report.warnings.find((w) => w.code === 'target-blank')?.message).toContain('30 rows');
  });

  test('a test part with no defaults', () => {
    const goods = status.flatMap((s, i) => (s === 'good' ? [i] : [])).slice(0, 40);
    expect(scoreProblems(table, { target: 'status', features: ['income'], testRows: goods })[0]?.code).toBe('test-one-class');
  });

  test('recipe mistakes are all reported at once', () => {
    const problems = scoreProblems(table, { target: 'status', features: ['income', 'status', 'incme'], threshold: 2, model: { kind: 'forest' }, testRows: [0, 999], foldz: 3 });
    expect(problems.map((p) => p.code).sort()).toEqual(['recipe-field', 'recipe-field', 'recipe-field', 'recipe-unknown-field', 'target-is-feature', 'unknown-column'].sort());
    expect(problems.find((p) => p.code === 'unknown-column')?.message).toContain("'income'");
  });

  test('a text feature with too many levels is refused, naming it', () => {
    const t = toyTable(['town', 'status'], status.slice(0, 80).map((s, i) => [`town ${i % 40}`, s]));
    expect(scoreProblems(t, { target: 'status', features: ['town'] })[0]).toMatchObject({ code: 'too-many-categories', column: 'town' });
  });
});
