import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { toRows, type Matrix } from '../../../src/engine/matrix';
import { readReference, sharedPath } from '../../shared';
import { inertiaMisses, standardise } from './reference-inertia';

interface Scaling { columns: string[]; mean: number[]; scale: number[]; first5: number[][] }
const scaling = readReference<Record<string, Scaling>>('scaling.json');

/** The six uci6 columns of the credit-card file, standardised (numbers may be written 1e+05). */
function uci6(): Matrix {
  const [header, ...lines] = readFileSync(sharedPath('datasets', 'uci_credit_card_default.csv'), 'utf8').trim().split('\n');
  const names = (header as string).split(',').map((h) => h.replace(/"/g, ''));
  const at = (scaling.uci6 as Scaling).columns.map((c) => names.indexOf(c));
  return standardise(lines.map((line) => { const cells = line.split(','); return at.map((j) => Number(cells[j])); }));
}

// Its own file so jest runs it beside the other large case on a second worker.
describe('a case without X in the reference, rebuilt from the datasets', () => {
  test('uci6: rebuilt X matches scaling.json first5, then inertia within 0.1 % for k = 1 … 10', () => {
    const X = uci6();
    toRows(X).slice(0, 5).forEach((row, i) => row.forEach((v, t) => expect(v).toBeCloseTo(((scaling.uci6 as Scaling).first5[i] as number[])[t] as number, 10)));
    expect(inertiaMisses('uci6', X)).toEqual([]);
  });
});
