import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { toRows, type Matrix } from '../../../src/engine/matrix';
import { readReference, sharedPath } from '../../shared';
import { expectInertiaAtMostReference, standardise } from './reference-inertia';

interface Scaling { columns: string[]; mean: number[]; scale: number[]; first5: number[][] }
const scaling = readReference<Record<string, Scaling>>('scaling.json');

/** The six uci6 columns of the credit-card file, standardised (numbers may be written 1e+05). */
function uci6(): Matrix {
  const [header, ...lines] = readFileSync(sharedPath('datasets', 'uci_credit_card_default.csv'), 'utf8').trim().split('\n');
  const names = (header as string).split(',').map((h) => h.replace(/"/g, ''));
  const at = (scaling.uci6 as Scaling).columns.map((c) => names.indexOf(c));
  return standardise(lines.map((line) => { const cells = line.split(','); return at.map((j) => Number(cells[j])); }));
}

/** log1p of recency, frequency, monetary per CDNOW customer, standardised. */
function cdnowRfm(): Matrix {
  const { rows } = readReference<{ rows: number[][] }>('rfm/cdnow.json');
  return standardise(rows.map((r) => [r[1] as number, r[2] as number, r[4] as number].map(Math.log1p)));
}

describe('cases without X in the reference, rebuilt from the datasets', () => {
  test.each([['uci6', uci6], ['cdnow_rfm', cdnowRfm]] as const)('%s: rebuilt X matches scaling.json first5, then inertia within 0.1 %%', (name, build) => {
    const X = build();
    toRows(X).slice(0, 5).forEach((row, i) => row.forEach((v, t) => expect(v).toBeCloseTo(((scaling[name] as Scaling).first5[i] as number[])[t] as number, 10)));
    // 30,000 and 23,570 rows: three ks keep this file to a reasonable time; small cases cover k = 1 … 10.
    expectInertiaAtMostReference(name, X, [2, 5, 8]);
  });
});
