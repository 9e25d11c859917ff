import { describe, expect, test } from '@jest/globals';
import { scoreAnalysis } from '../../../../src/engine/analyses/score';
import { scoreNew, TARGET, uciRange } from './uci';

const first = uciRange(0, 1000);
const later = uciRange(1000, 1300);

function trained(model: object) {
  const v = scoreAnalysis.validate({ kind: 'score', target: TARGET, model }, first);
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
  return scoreAnalysis.run(v.recipe, first).result;
}

describe('score-new with the other saved models', () => {
  test('scorecard: points per row after Predicted, PD = 1 / (1 + exp((points − offset) / factor)), the same rows give the score run\'s PDs and points', () => {
    const t = trained({ kind: 'scorecard' });
    const same = scoreNew(first, { model: t.savedModel, modelSource: 'Run 1' }).result;
    same.pd.forEach((p, i) => expect(p === t.pd[i]).toBe(true));
    expect(same.points).toEqual(t.points);
    const report = scoreNew(later, { model: t.savedModel, modelSource: 'Run 1' });
    const r = report.result;
    expect(r.modelKind).toBe('scorecard');
    expect(r.points?.length).toBe(300);
    // 600 points at odds 19:1, 50 points to double: factor = 50 / ln 2, offset = 600 − factor · ln 19
    const factor = 50 / Math.LN2, offset = 600 - factor * Math.log(19);
    r.points?.forEach((p, i) => expect(1 / (1 + Math.exp((p - offset) / factor))).toBeCloseTo(r.pd[i] as number, 12));
    const table = report.sheets[0]?.tables[0];
    expect(table?.columns.slice(0, 7).map((c) => c.name)).toEqual(['ID', 'PD', 'Predicted', 'Points', 'Reason 1', 'Reason 2', 'Reason 3']);
    expect(table?.rows[0]?.[3]).toBe(r.points?.[0]);
  });

  test('boosted trees: the same rows give the score run\'s PDs and classes exactly; no points', () => {
    const t = trained({ kind: 'boosted', maxIter: 20 });
    const same = scoreNew(first, { model: t.savedModel, modelSource: 'Run 1' }).result;
    same.pd.forEach((p, i) => expect(p === t.pd[i]).toBe(true));
    expect(same.predicted).toEqual(t.predicted);
    expect(same.reasons).toEqual(t.reasons);
    const report = scoreNew(later, { model: t.savedModel, modelSource: 'Run 1' });
    expect(report.result.points).toBeNull();
    expect(report.result.modelKind).toBe('boosted');
    expect(report.sheets[0]?.tables[0]?.columns.map((c) => c.name)).not.toContain('Points');
    expect(report.summary[0]).toMatch(/saved gradient-boosted trees/);
  });
});
