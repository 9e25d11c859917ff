import { describe, expect, test } from '@jest/globals';
import { scoreAnalysis } from '../../../../src/engine/analyses/score';
import { validateScoreNew } from '../../../../src/engine/analyses/score-new';
import { modelChunks } from '../../../../src/engine/analyses/score/saved-model';
import type { Table } from '../../../../src/engine/table/types';
import { scoreNewProblems, TARGET, uciRange } from './uci';

const first = uciRange(0, 600);
const validated = scoreAnalysis.validate({ kind: 'score', target: TARGET }, first);
if (!validated.ok) throw new Error('score recipe rejected');
const saved = scoreAnalysis.run(validated.recipe, first).result.savedModel;
const later = uciRange(600, 700);

describe('score-new: each bad input gets its problem, naming the column and the fix', () => {
  test('no model: choose one, and how to get one', () => {
    for (const model of [undefined, null]) {
      expect(scoreNewProblems(later, { model, modelSource: 'Run 1', rowKey: null })).toEqual([{
        code: 'no-saved-model',
        message: "Choose a saved model: run 'Credit default score' on your labelled data first; its model is kept in the workbook's 'Saved model' sheet.",
      }]);
    }
  });

  test.each([
    ['another format', { format: 'something else' }],
    ['a number', 42],
    ['text that is not JSON', '{"format": "segments-score-mo'],
    ['pieces cut short', [JSON.stringify(saved).slice(0, 5000)]],
    ['a saved model without its columns', { ...saved, columns: undefined }],
    ['a saved model with an unknown model kind', { ...saved, model: { kind: 'forest' } }],
    ['a saved model from a newer format', { ...saved, formatVersion: 2 }],
  ])('%s: not-a-saved-model', (_, model) => {
    const problems = scoreNewProblems(later, { model, modelSource: 'Run 1' });
    expect(problems.map((p) => p.code)).toEqual(['not-a-saved-model']);
    expect(problems[0]?.message).toMatch(/score analysis/);
  });

  test('the model as its JSON text or as the pieces of the Saved model sheet is the same model', () => {
    for (const model of [JSON.stringify(saved), modelChunks(saved)]) {
      const v = validateScoreNew({ kind: 'score-new', model, modelSource: 'Run 1' }, later);
      expect(v.ok && v.recipe.model).toEqual(saved);
    }
  });

  test('a column the model reads is missing: model-column-missing names it and lists the columns to select', () => {
    const without: Table = { ...later, columns: later.columns.filter((c) => c.name !== 'AGE') };
    const [problem] = scoreNewProblems(without, { model: saved, modelSource: 'Run 1' });
    expect(problem).toMatchObject({ code: 'model-column-missing', column: 'AGE' });
    expect(problem?.message).toMatch(/needs column 'AGE'.*Select rows with the same columns/);
  });

  test('several columns wrong at once: every one is named in one go', () => {
    const changed: Table = {
      ...later,
      columns: later.columns
        .filter((c) => c.name !== 'AGE' && c.name !== 'SEX')
        .map((c) => (c.name === 'PAY_0' && c.type === 'number' ? { ...c, type: 'text' as const, values: Array.from(c.values, String) } : c)),
    };
    const problems = scoreNewProblems(changed, { model: saved, modelSource: 'Run 1' });
    expect(problems.map((p) => [p.code, p.column])).toEqual([['model-column-missing', 'SEX'], ['model-column-missing', 'AGE'], ['model-column-type', 'PAY_0']]);
  });

  test('a column re-typed (numbers now text): model-column-type names it and what to check', () => {
    const asText: Table = { ...later, columns: later.columns.map((c) => (c.name === 'PAY_0' && c.type === 'number' ? { ...c, type: 'text' as const, values: Array.from(c.values, String) } : c)) };
    const [problem] = scoreNewProblems(asText, { model: saved, modelSource: 'Run 1' });
    expect(problem).toMatchObject({ code: 'model-column-type', column: 'PAY_0' });
    expect(problem?.message).toMatch(/held number values when the model was trained but holds text values now/);
  });

  test('a row key that is not a column: the usual unknown-column problem with the closest name', () => {
    const problems = scoreNewProblems(later, { model: saved, modelSource: 'Run 1', rowKey: 'Id' });
    expect(problems).toEqual([expect.objectContaining({ code: 'unknown-column', column: 'Id', message: expect.stringMatching(/Did you mean 'ID'\?/) })]);
    expect(scoreNewProblems(later, { model: saved, modelSource: 'Run 1', rowKey: 3 }).map((p) => p.code)).toEqual(['recipe-field']);
  });

  test('a misspelt field is refused, and a modelSource that is not text', () => {
    expect(scoreNewProblems(later, { model: saved, modelSource: 'Run 1', rowkey: 'ID' })).toEqual([expect.objectContaining({ code: 'recipe-unknown-field', message: expect.stringMatching(/did you mean 'rowKey'\?/) })]);
    expect(scoreNewProblems(later, { model: saved, modelSource: 7 }).map((p) => p.code)).toEqual(['recipe-field']);
  });
});
