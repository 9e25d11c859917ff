import { describe, expect, test } from '@jest/globals';
import { toRows, type Matrix } from '../../../src/engine/matrix';
import { readReference } from '../../shared';
import { inertiaMisses, standardise } from './reference-inertia';

interface Scaling { columns: string[]; mean: number[]; scale: number[]; first5: number[][] }
const scaling = readReference<Record<string, Scaling>>('scaling.json');

/** log1p of recency, frequency, monetary per CDNOW customer, standardised. */
function cdnowRfm(): Matrix {
  const { rows } = readReference<{ rows: number[][] }>('rfm/cdnow.json');
  return standardise(rows.map((r) => [r[1] as number, r[2] as number, r[4] as number].map(Math.log1p)));
}

// Its own file so jest runs it beside the other large case on a second worker.
describe('a case without X in the reference, rebuilt from the datasets', () => {
  test('cdnow_rfm: rebuilt X matches scaling.json first5, then inertia within 0.1 % for k = 1 … 10', () => {
    const X = cdnowRfm();
    toRows(X).slice(0, 5).forEach((row, i) => row.forEach((v, t) => expect(v).toBeCloseTo(((scaling.cdnow_rfm as Scaling).first5[i] as number[])[t] as number, 10)));
    expect(inertiaMisses('cdnow_rfm', X)).toEqual([]);
  });
});
