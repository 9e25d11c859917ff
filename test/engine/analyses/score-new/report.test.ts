import { describe, expect, test } from '@jest/globals';
import { scoreAnalysis } from '../../../../src/engine/analyses/score';
import { PD_ROW } from '../../../../src/engine/analyses/score-new/drift';
import { rowBands } from '../../../../src/engine/recipe/registry';
import type { Report } from '../../../../src/engine/report/types';
import { toyTable } from '../score/run-score';
import { scoreNew, TARGET, uciRange } from './uci';

const first = uciRange(0, 600);
const validated = scoreAnalysis.validate({ kind: 'score', target: TARGET }, first);
if (!validated.ok) throw new Error('score recipe rejected');
const saved = scoreAnalysis.run(validated.recipe, first).result.savedModel;
const later = uciRange(600, 800);
const report = scoreNew(later, { model: saved, modelSource: "Run 1: Credit default score on 'UCI'!A1:Y601" });
const modelColumns = saved.columns.map((c) => c.name);

const sheet = (r: Report, name: string) => r.sheets.find((s) => s.name === name);

describe('score-new report', () => {
  test('sheets New scores, Drift, About; the row key defaults to the ID-like column the model does not read', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['New scores', 'Drift', 'About']);
    expect(report.recipe.rowKey).toBe('ID');
  });

  test('New scores: key, PD, Predicted, Reason 1–3, then the model columns; Predicted 0/1 as numbers like the 0/1 target', () => {
    const table = sheet(report, 'New scores')?.tables[0];
    expect(table?.columns.map((c) => c.name)).toEqual(['ID', 'PD', 'Predicted', 'Reason 1', 'Reason 2', 'Reason 3', ...modelColumns]);
    expect(table?.columns[1]).toEqual({ name: 'PD', format: '0.0000' });
    expect(table?.rows.length).toBe(200);
    // first new row is data row 601 of the sample: ID 601
    expect(table?.rows[0]?.slice(0, 3)).toEqual([601, report.result.pd[0], report.result.predicted[0]]);
    expect(new Set(table?.rows.map((r) => r[2]))).toEqual(new Set([0, 1].filter((p) => report.result.predicted.includes(p))));
    table?.rows.forEach((r, i) => expect(r.slice(3, 6)).toEqual([0, 1, 2].map((k) => report.result.reasons[i]?.[k] ?? null)));
  });

  test('Drift: PSI per column and for the PD, largest first, each with its reading; the chart is bound to that table', () => {
    const drift = sheet(report, 'Drift');
    const table = drift?.tables[0];
    expect(table?.columns.map((c) => c.name)).toEqual(['Column', 'PSI', 'Reading']);
    expect(table?.rows.map((r) => r[0]).sort()).toEqual([...modelColumns, PD_ROW].sort());
    const psis = table?.rows.map((r) => r[1] as number) ?? [];
    expect(psis).toEqual([...psis].sort((a, b) => b - a));
    expect(table?.rows.find((r) => r[0] === PD_ROW)?.[1]).toBe(report.result.psi.pd);
    expect(drift?.charts).toEqual([expect.objectContaining({ type: 'column', table: table?.name, x: 'Column', series: ['PSI'] })]);
    expect(drift?.notes?.join(' ')).toMatch(/deciles/);
  });

  test('About: model source, kind, target, threshold, rows scored', () => {
    const rows = new Map(sheet(report, 'About')?.tables[0]?.rows.map((r) => [r[0], r[1]]));
    expect(rows.get('Model source')).toBe("Run 1: Credit default score on 'UCI'!A1:Y601");
    expect(rows.get('Model kind')).toBe('logistic regression');
    expect(rows.get('Target')).toBe(`'${TARGET}' = '1' is a default; '0' is not`);
    expect(rows.get('Threshold')).toBe(0.5);
    expect(rows.get('Rows scored')).toBe(200);
  });

  test('summary: rows scored, mean PD, predicted defaults at the threshold, PD drift, largest column drift', () => {
    const r = report.result;
    const mean = r.pd.reduce((s, p) => s + p, 0) / 200;
    const positives = r.predicted.filter((p) => p === 1).length;
    expect(report.summary[0]).toBe(`Scored 200 new rows with the saved logistic regression predicting '1' in '${TARGET}' (Run 1: Credit default score on 'UCI'!A1:Y601).`);
    expect(report.summary[1]).toBe(`Mean PD ${mean.toFixed(4)}; ${positives} rows (${((positives / 200) * 100).toFixed(1)}%) predicted '1' at threshold 0.5000.`);
    expect(report.summary[2]).toMatch(/^PSI of the PD against the training rows: \d\.\d{4}, /);
    expect(report.summary[3]).toMatch(/^Largest column shift: '[A-Z_0-9]+', PSI /);
  });

  test('rowBands: the predicted class of each row as its target label, for comparing re-runs', () => {
    expect(rowBands(report)).toEqual({ band: 'predicted class', unit: 'row', keys: null, values: report.result.predicted.map((p) => String(p)) });
  });

  test('blanks in model columns are scored with the model\'s fill, counted, and named in a warning', () => {
    // two blank AGE cells and one blank PAY_0 cell, the PAY_0 one in a row that also has a blank AGE: 2 rows
    const ages = Float64Array.from(later.columns.find((c) => c.name === 'AGE')?.values as Float64Array);
    ages[0] = NaN;
    ages[5] = NaN;
    const pay = Float64Array.from(later.columns.find((c) => c.name === 'PAY_0')?.values as Float64Array);
    pay[5] = NaN;
    const table = { ...later, columns: later.columns.map((c) => (c.name === 'AGE' ? { ...c, values: ages } : c.name === 'PAY_0' ? { ...c, values: pay } : c)) } as typeof later;
    const r = scoreNew(table, { model: saved, modelSource: 'Run 1', rowKey: null });
    expect(r.result.rowsWithBlanks).toBe(2);
    expect(r.result.pd.every(Number.isFinite)).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.column])).toEqual([['model-column-blanks', 'AGE'], ['model-column-blanks', 'PAY_0']]);
    expect(r.warnings[0]?.message).toMatch(/'AGE' is blank in 2 new rows/);
    expect(sheet(r, 'New scores')?.tables[0]?.columns[0]?.name).toBe('PD');
  });

  test('a model column called PD or Predicted keeps its name; the score columns give way', () => {
    // a toy model on columns PD and Predicted (a customer's "previous default" flag and a forecast)
    const rows = Array.from({ length: 100 }, (_, i) => [i + 1, i % 3, (i * 7) % 11, i % 2 === 0 || i % 5 === 0 ? 'bad' : 'good'] as const);
    const toy = toyTable(['Id', 'PD', 'Predicted', 'Status'], rows);
    const v = scoreAnalysis.validate({ kind: 'score', target: 'Status', positive: 'bad', folds: 2 }, toy);
    if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
    const r = scoreNew(toy, { model: scoreAnalysis.run(v.recipe, toy).result.savedModel, modelSource: 'toy' });
    expect(sheet(r, 'New scores')?.tables[0]?.columns.map((c) => c.name)).toEqual(['Id', 'PD (2)', 'Predicted (2)', 'Reason 1', 'Reason 2', 'Reason 3', 'PD', 'Predicted']);
    // text target labels: Predicted holds them as text
    expect(sheet(r, 'New scores')?.tables[0]?.columns[2]?.format).toBe('@');
    expect(new Set(sheet(r, 'New scores')?.tables[0]?.rows.map((row) => row[2]))).toEqual(new Set(r.result.predicted.map((p) => (p === 1 ? 'bad' : 'good'))));
  });
});
