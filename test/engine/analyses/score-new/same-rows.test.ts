import { describe, expect, test } from '@jest/globals';
import { scoreAnalysis } from '../../../../src/engine/analyses/score';
import { psi } from '../../../../src/engine/analyses/score/psi';
import { getColumn } from '../../../../src/engine/table/get-column';
import type { Table } from '../../../../src/engine/table/types';
import { TARGET, scoreNew, uciRange, uciRows } from './uci';

const values = (table: Table, name: string): Float64Array | readonly (string | null)[] => getColumn(table, name).values;

/**
 * PSI written out from the definition, apart from psi(): a value falls in bin k when e_k < v ≤ e_(k+1) (the
 * first bin also holds e_0), below e_0 in the first bin, above the last edge in the last, blank in a bin of its
 * own; each term is (a − t)·ln(a / t) with shares under 0.0001 raised to 0.0001.
 */
function psiByHand(edges: readonly number[], trainShares: readonly number[], v: Float64Array): number {
  const bins = Math.max(edges.length - 1, 1);
  const counts = new Array<number>(bins + 1).fill(0);
  for (const x of v) {
    let k = bins;
    if (!Number.isNaN(x)) for (k = 0; k < bins - 1 && x > (edges[k + 1] as number); k++);
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.reduce((sum, c, k) => {
    const a = Math.max(c / v.length, 1e-4), t = Math.max(trainShares[k] as number, 1e-4);
    return sum + (a - t) * Math.log(a / t);
  }, 0);
}

const first = uciRange(0, 2000);
const validated = scoreAnalysis.validate({ kind: 'score', target: TARGET }, first);
if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
const trained = scoreAnalysis.run(validated.recipe, first).result;
const saved = trained.savedModel;

describe('score-new on the UCI sample: logistic model trained on its first 2,000 rows', () => {
  test('the same 2,000 rows: every PD, class, reason equals the score report exactly; PSI as psi() gives', () => {
    const r = scoreNew(first, { model: saved, modelSource: 'Run 1' }).result;
    expect(r.rowsScored).toBe(2000);
    expect(r.pd.length).toBe(2000);
    r.pd.forEach((p, i) => expect(p === trained.pd[i]).toBe(true));
    expect(r.predicted).toEqual(trained.predicted);
    expect(r.reasons).toEqual(trained.reasons);
    // the bins were fitted on the 1,600 training rows only, so all 2,000 rows give psi() of the whole column, not 0
    saved.population.columns.forEach(({ column, bins }, j) => expect(r.psi.columns[j]).toEqual({ column, psi: psi(bins, values(first, column)) }));
    expect(r.psi.pd).toBe(psi(saved.population.pd, Float64Array.from(trained.pd)));
  });

  test('the training rows themselves: every PSI is exactly 0 (identical shares in every bin)', () => {
    const rows = trained.part.flatMap((p, i) => (p === 'train' ? [i] : []));
    expect(rows.length).toBe(1600);
    const r = scoreNew(uciRows(rows), { model: saved, modelSource: 'Run 1' }).result;
    expect(r.psi.pd).toBe(0);
    expect(r.psi.columns.map((c) => c.psi)).toEqual(saved.columns.map(() => 0));
    r.pd.forEach((p, i) => expect(p === trained.pd[rows[i] as number]).toBe(true));
  });

  test('rows 2,001–3,000: PSI of each column and of the PD equals psi() on the saved bins', () => {
    const later = uciRange(2000, 3000);
    const r = scoreNew(later, { model: saved, modelSource: 'Run 1' }).result;
    expect(r.rowsScored).toBe(1000);
    expect(r.psi.columns.map((c) => c.column)).toEqual(saved.columns.map((c) => c.name));
    saved.population.columns.forEach(({ column, bins }, j) => expect(r.psi.columns[j]?.psi).toBe(psi(bins, values(later, column))));
    expect(r.psi.pd).toBe(psi(saved.population.pd, Float64Array.from(r.pd)));
    // every column of this sample is numeric: the same numbers again from the definition
    saved.population.columns.forEach(({ column, bins }, j) => {
      if (bins.kind !== 'number') throw new Error(`${column} is not numeric`);
      expect(r.psi.columns[j]?.psi).toBeCloseTo(psiByHand(bins.edges, bins.shares, getColumn(later, column).values as Float64Array), 12);
    });
    // rows 2,001–3,000 come from the same population: the score and every column stay stable (< 0.1)
    expect(r.psi.pd).toBeGreaterThan(0);
    expect(Math.max(r.psi.pd, ...r.psi.columns.map((c) => c.psi))).toBeLessThan(0.1);
  });
});
