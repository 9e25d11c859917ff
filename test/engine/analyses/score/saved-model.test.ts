import { describe, expect, test } from '@jest/globals';
import { parseSavedModel, scoreNewRows } from '../../../../src/engine/analyses/score';
import { populationBins, psi } from '../../../../src/engine/analyses/score/psi';
import { modelChunks } from '../../../../src/engine/analyses/score/saved-model';
import type { Table } from '../../../../src/engine/table/types';
import { createRandom } from '../../../../src/engine/random';
import { datasetTable, score } from './run-score';
import { problemOf } from '../../../problems';

/** The table with one numeric column's values changed, everything else shared. */
function withColumn(table: Table, name: string, f: (v: number) => number): Table {
  return { ...table, columns: table.columns.map((c) => (c.name === name && c.type !== 'text' ? { ...c, values: c.values.map(f) } : c)) };
}

/** The given rows of a table, as a selection of just those rows would read. */
function rowsOf(table: Table, rows: readonly number[]): Table {
  return {
    ...table, rowCount: rows.length,
    columns: table.columns.map((c) => (c.type === 'text' ? { ...c, values: rows.map((r) => c.values[r] ?? null) } : { ...c, values: Float64Array.from(rows, (r) => c.values[r] as number) })),
  };
}

const trainingRows = (part: readonly string[]): number[] => part.flatMap((p, i) => (p === 'train' ? [i] : []));


describe('a saved model scores new rows as the run did', () => {
  const table = datasetTable('credit_scoring.csv');

  test.each([
    ['logistic', { kind: 'logistic', C: 1 }],
    ['scorecard', { kind: 'scorecard' }],
  ])('%s: JSON round trip reproduces every PD, class, point and reason exactly', (_, model) => {
    const r = score(table, { target: 'Status', model }).result;
    const saved = parseSavedModel(modelChunks(r.savedModel));
    const again = scoreNewRows(saved, table);
    expect(again.pd).toEqual(r.pd);
    expect(again.predicted).toEqual(r.predicted);
    expect(again.points).toEqual(r.points);
    expect(again.reasons).toEqual(r.reasons);
    // the training rows themselves: no drift in any column or in the score
    const same = scoreNewRows(saved, rowsOf(table, trainingRows(r.part)));
    expect(same.psi.pd).toBe(0);
    expect(same.psi.columns.every((c) => c.psi === 0)).toBe(true);
  });

  test('scorecard points: PD = 1 / (1 + exp((points − offset) / factor)) for every row', () => {
    const r = score(table, { target: 'Status', model: { kind: 'scorecard' } }).result;
    const factor = 50 / Math.LN2, offset = 600 - factor * Math.log(19);
    r.points?.forEach((p, i) => expect(Math.abs(1 / (1 + Math.exp((p - offset) / factor)) - (r.pd[i] as number))).toBeLessThan(1e-12));
    expect(r.scorecard?.map((s) => s.column)).toContain('Seniority');
  });

  test('a shifted copy shows drift in the shifted column and the score, none elsewhere', () => {
    const r = score(table, { target: 'Status' }).result;
    const shifted = scoreNewRows(r.savedModel, withColumn(rowsOf(table, trainingRows(r.part)), 'Income', (v) => v * 1.5));
    const income = shifted.psi.columns.find((c) => c.column === 'Income')?.psi as number;
    expect(income).toBeGreaterThan(0.25);
    expect(shifted.psi.pd).toBeGreaterThan(0);
    expect(shifted.psi.columns.filter((c) => c.column !== 'Income').every((c) => c.psi === 0)).toBe(true);
  });

  test('a missing column or a changed type is named', () => {
    const r = score(table, { target: 'Status' }).result;
    const without: Table = { ...table, columns: table.columns.filter((c) => c.name !== 'Age') };
    expect(problemOf(() => scoreNewRows(r.savedModel, without))).toMatchObject({ code: 'model-column-missing', column: 'Age' });
    const asText: Table = { ...table, columns: table.columns.map((c) => (c.name === 'Age' ? { ...c, type: 'text' as const, values: Array.from(c.values, String) } : c)) };
    expect(problemOf(() => scoreNewRows(r.savedModel, asText))).toMatchObject({ code: 'model-column-type', column: 'Age' });
    expect(problemOf(() => parseSavedModel('{"format": "something else"}')).code).toBe('not-a-saved-model');
    expect(problemOf(() => parseSavedModel(modelChunks(r.savedModel).slice(1))).code).toBe('not-a-saved-model');
  });
});

describe('population stability index', () => {
  test('0 for identical data, positive for a shifted copy, for numbers and text', () => {
    const rng = createRandom(3);
    const train = Float64Array.from({ length: 1000 }, () => rng.next() * 100);
    const bins = populationBins(train);
    expect(psi(bins, train)).toBe(0);
    expect(psi(bins, train.map((v) => v + 20))).toBeGreaterThan(0.25);
    const text = ['a', 'a', 'b', null, 'c', 'a'];
    expect(psi(populationBins(text), text)).toBe(0);
    expect(psi(populationBins(text), ['a', 'b', 'b', 'b', 'd', null])).toBeGreaterThan(0);
  });

  test('by hand: two bins moving from 50/50 to 75/25 give (¼)·ln 1.5 + (−¼)·ln 0.5', () => {
    // training values 1, 2 → decile edges [1, …, 2]: 1 in the first bin, 2 in the last; new values 1, 1, 1, 2
    const bins = populationBins(Float64Array.of(1, 2));
    expect(psi(bins, Float64Array.of(1, 1, 1, 2))).toBeCloseTo(0.25 * Math.log(1.5) - 0.25 * Math.log(0.5), 12);
  });
});
