import { describe, expect, test } from '@jest/globals';
import { detectPositive, readTarget } from '../../../../src/engine/analyses/score/detect-target';
import { toyTable } from './run-score';
import { problemOf } from '../../../problems';

const target = (values: (string | number | boolean)[], positive: string | null = null) => readTarget(toyTable(['t'], values.map((v) => [v])), 't', positive);

const problem = problemOf;

describe('the positive class is detected', () => {
  test.each([
    [[0, 1, 1, 0], '1', '0'],
    [['No', 'Yes', 'No'], 'Yes', 'No'],
    [['good', 'bad', 'good'], 'bad', 'good'],
    [['paid', 'DEFAULT', 'paid'], 'DEFAULT', 'paid'],
    [[true, false, false], 'TRUE', 'FALSE'],
  ])('%j → %s', (values, positive, negative) => {
    const t = target(values);
    expect([t.positive, t.negative]).toEqual([positive, negative]);
    expect(Array.from(t.y)).toEqual(values.map((v) => (String(v).toUpperCase() === positive.toUpperCase() ? 1 : 0)));
  });

  test('the recipe\'s positive wins over detection', () => {
    expect(target(['good', 'bad', 'good'], 'good').positive).toBe('good');
  });

  test('blank target cells are −1: scored, not trained on', () => {
    const t = target(['bad', '', 'good', 'bad']);
    expect(Array.from(t.y)).toEqual([1, -1, 0, 1]);
    expect(t.missing).toBe(1);
  });

  test('unclear: two values neither or both of which name an event ask the user to choose', () => {
    const p = problem(() => detectPositive('grade', ['A', 'B']));
    expect(p.code).toBe('target-positive-unclear');
    expect(p.message).toContain("Set 'positive'");
    expect(problem(() => detectPositive('flag', ['yes', 'true'])).code).toBe('target-positive-unclear');
  });

  test('one class, three values, or an absent positive are refused with what the column holds', () => {
    expect(problem(() => target(['bad', 'bad', '']))).toMatchObject({ code: 'target-one-class' });
    const three = problem(() => target(['bad', 'good', 'unknown', 'bad']));
    expect(three).toMatchObject({ code: 'target-not-binary', cell: 'A4' });
    expect(three.message).toContain("'unknown'");
    expect(problem(() => target(['bad', 'good'], 'default')).code).toBe('target-positive');
  });
});
