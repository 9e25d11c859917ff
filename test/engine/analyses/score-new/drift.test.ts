import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { driftRows, PD_ROW } from '../../../../src/engine/analyses/score-new/drift';
import { psiReading } from '../../../../src/engine/analyses/score/psi';
import { scoreAnalysis } from '../../../../src/engine/analyses/score';
import { mapColumn, scoreNew, TARGET, uciRange } from './uci';

describe('psiReading', () => {
  test.each([
    [0, 'stable'],
    [0.0999, 'stable'],
    [0.1, 'moderate shift: monitor'],
    [0.25, 'moderate shift: monitor'],
    [0.2501, 'major shift: review or refit the model'],
    [3, 'major shift: review or refit the model'],
  ])('PSI %p reads "%s"', (value, reading) => {
    expect(psiReading(value)).toBe(reading);
  });
});

describe('driftRows', () => {
  test('by hand: Income 0.4, PD 0.12, Age 0.02 — largest first, PD among the columns', () => {
    expect(driftRows({ columns: [{ column: 'Age', psi: 0.02 }, { column: 'Income', psi: 0.4 }], pd: 0.12 })).toEqual([
      { variable: 'Income', psi: 0.4, reading: 'major shift: review or refit the model' },
      { variable: PD_ROW, psi: 0.12, reading: 'moderate shift: monitor' },
      { variable: 'Age', psi: 0.02, reading: 'stable' },
    ]);
  });

  test('every column and the PD once, never increasing', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { maxLength: 12 }), fc.double({ min: 0, max: 5, noNaN: true }), (values, pd) => {
      const rows = driftRows({ columns: values.map((psi, j) => ({ column: `c${j}`, psi })), pd });
      expect(rows.map((r) => r.variable).sort()).toEqual([...values.map((_, j) => `c${j}`), PD_ROW].sort());
      rows.forEach((r, k) => k > 0 && expect(r.psi).toBeLessThanOrEqual(rows[k - 1]?.psi as number));
    }));
  });
});

describe('a hand-made drift: rows 2,001–3,000 of the UCI sample with LIMIT_BAL × 3', () => {
  const first = uciRange(0, 2000);
  const validated = scoreAnalysis.validate({ kind: 'score', target: TARGET }, first);
  if (!validated.ok) throw new Error('score recipe rejected');
  const saved = scoreAnalysis.run(validated.recipe, first).result.savedModel;
  const report = scoreNew(mapColumn(uciRange(2000, 3000), 'LIMIT_BAL', (v) => v * 3), { model: saved, modelSource: 'Run 1' });
  const drift = report.sheets.find((s) => s.name === 'Drift')?.tables[0];

  test('LIMIT_BAL reads as a major shift, first in the Drift table; every other column stays stable (< 0.1)', () => {
    const limit = report.result.psi.columns.find((c) => c.column === 'LIMIT_BAL')?.psi as number;
    // tripled limits leave the lower training deciles nearly empty and crowd the upper ones
    expect(limit).toBeGreaterThan(0.25);
    expect(drift?.rows[0]).toEqual(['LIMIT_BAL', limit, 'major shift: review or refit the model']);
    expect(report.result.psi.columns.filter((c) => c.column !== 'LIMIT_BAL').every((c) => c.psi < 0.1)).toBe(true);
  });

  test('the summary names the column with the largest PSI and reads the PD\'s PSI', () => {
    expect(report.summary).toContainEqual(expect.stringMatching(/^Largest column shift: 'LIMIT_BAL', PSI \d+\.\d{4}, major shift: review or refit the model\.$/));
    expect(report.summary).toContainEqual(`PSI of the PD against the training rows: ${report.result.psi.pd.toFixed(4)}, ${psiReading(report.result.psi.pd)}.`);
  });
});
