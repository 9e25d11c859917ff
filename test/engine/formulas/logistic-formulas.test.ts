/** The logistic live-scoring sheet: parameters in the Model table, formulas that point at them, one branch per feature kind. */
import { describe, expect, it } from '@jest/globals';
import type { FittedLogistic } from '../../../src/engine/analyses/score/logistic';
import { featureValue, logisticFormulaSheet } from '../../../src/engine/formulas/logistic-formulas';
import { withLiveFormulas } from '../../../src/engine/formulas/with-live-formulas';
import { InputError } from '../../../src/engine/problem';
import { buildTable } from '../../../src/engine/table/build';
import { score, toyTable } from '../analyses/score/run-score';

/** Income (number, blanks filled with 30), its missing flag, Home = rent (text level), Owner (TRUE/FALSE). */
const MODEL = Object.freeze<FittedLogistic>({
  kind: 'logistic',
  design: {
    columns: [{ name: 'Income', type: 'number' }, { name: 'Home', type: 'text' }, { name: 'Owner', type: 'boolean' }],
    features: [
      { kind: 'number', name: 'Income', column: 'Income', fill: 30, center: 40, scale: 10 },
      { kind: 'missing', name: 'Income missing', column: 'Income', center: 0.25, scale: 0.5 },
      { kind: 'level', name: 'Home = rent', column: 'Home', level: 'rent', center: 0.5, scale: 0.5 },
      { kind: 'number', name: 'Owner', column: 'Owner', fill: 0, center: 0.5, scale: 0.5 },
    ],
  },
  coef: [0.5, -1, 2, 0.25],
  intercept: -1.5,
  trainMean: [0, 0, 0, 0],
  stdErr: null,
  pValue: null,
  iterations: 5,
});

const TABLE = buildTable([['Income', 'Home', 'Owner'], [50, 'rent', true], [null, 'own', false]], { header: true });

describe('logisticFormulaSheet', () => {
  const sheet = logisticFormulaSheet(MODEL, TABLE);
  const [model, scores] = sheet.tables;

  it('holds the intercept, then every feature\'s fill, centre, scale and coefficient, in the Model table', () => {
    expect(model?.rows).toEqual([
      ['Intercept', null, null, null, null, null, null, -1.5],
      ['Income', 'Income', 'number', null, 30, 40, 10, 0.5],
      ['Income missing', 'Income', 'missing', null, null, 0.25, 0.5, -1],
      ['Home = rent', 'Home', 'level', 'rent', null, 0.5, 0.5, 2],
      ['Owner', 'Owner', 'number', null, 0, 0.5, 0.5, 0.25],
    ]);
  });

  it('writes formulas that read the Model table\'s cells, with no fitted number in them', () => {
    // Three notes (rows 1–3), a blank row, the Model caption in row 5, its header in row 6: the Intercept is row 7,
    // features rows 8–11. Coefficient is column H, Fill E, Center F, Scale G, Level D. The Model body has 5 rows,
    // then 2 blanks, the Scores caption (row 14), header (row 15): the first data row is row 16, sources in A–C, z in D–G.
    expect(scores?.rows[0]?.slice(0, 3)).toEqual([50, 'rent', true]);
    expect(scores?.rows[1]?.slice(0, 3)).toEqual([null, 'own', false]);
    expect(scores?.rows[0]?.slice(3)).toEqual([
      { formula: '=(IF(ISNUMBER(A16),A16,$E$8)-$F$8)/$G$8' },
      { formula: '=(IF(ISNUMBER(A16),0,1)-$F$9)/$G$9' },
      { formula: '=(IF(EXACT(B16,$D$10),1,0)-$F$10)/$G$10' },
      { formula: '=(IF(ISLOGICAL(C16),IF(C16,1,0),$E$11)-$F$11)/$G$11' },
      { formula: '=$H$7+$H$8*D16+$H$9*E16+$H$10*F16+$H$11*G16' },
      { formula: '=1/(1+EXP(-H16))' },
    ]);
    const formulas = (scores?.rows ?? []).flatMap((row) => row.slice(3)).map((cell) => (cell as { formula: string }).formula);
    expect(formulas.filter((f) => /(?<![$A-Z\d.])(?:0\.25|0\.5|30|40|10|1\.5)(?![\d])/.test(f))).toEqual([]);
  });

  it('reads a text column\'s blank as LEN = 0 for its missing flag', () => {
    const flag = { kind: 'missing', name: 'Home missing', column: 'Home', center: 0, scale: 1 } as const;
    expect(featureValue(flag, 'text', 'B9', () => '$X$1')).toBe('IF(LEN(B9)>0,0,1)');
  });
});

describe('withLiveFormulas on a score report', () => {
  // 60 rows (12 held out for the test deciles), Debt 0–7 over and over, every third row a default: no feature separates the classes.
  const rows = Array.from({ length: 60 }, (_, i) => [i, (i * 5) % 8, i % 3 === 0 ? 'bad' : 'good'] as const);
  const table = toyTable(['ID', 'Debt', 'Status'], rows);

  it('adds a Score new rows sheet before About for the logistic model', () => {
    const report = withLiveFormulas(score(table, { target: 'Status', positive: 'bad', features: ['Debt'], folds: 2 }), table);
    expect(report.sheets.map((s) => s.name).slice(-2)).toEqual(['Score new rows', 'About']);
  });

  it('refuses the boosted model with a message naming the models that have live formulas', () => {
    const report = score(table, { target: 'Status', positive: 'bad', features: ['Debt'], folds: 2, model: { kind: 'boosted', maxIter: 3 } });
    expect(() => withLiveFormulas(report, table)).toThrow(InputError);
    expect(() => withLiveFormulas(report, table)).toThrow(/logistic model/);
  });
});
