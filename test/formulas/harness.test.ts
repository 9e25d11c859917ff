/**
 * The LibreOffice harness itself (./libreoffice.ts): the .xlsx it writes is recalculated on load and read back with
 * every kind of cell intact, numbers to the last bit. Without these, a formula test could pass on stale cached
 * values, on numbers rounded to 15 digits, or on an error read as a number.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { SheetState } from '../../src/sim';
import { readExactDigits } from './exact-digits';
import { CANARY_FORMULA, hasLibreOffice, recalculate, recalculateWorkbooks } from './libreoffice';

const available = hasLibreOffice() || process.env.CI === 'true';

/** Input numbers that 15 digits do not hold (123456789.12345679 saves as 123456789.123457), tiny and whole. */
const INPUTS: readonly number[] = [0.1, -2.5e-300, 123456789.12345679, 2 ** -20 * 3, -7];

const MODEL: SheetState = { name: 'Model', values: [['Name', 'Value'], ['b', 1.25]] };
const SCORE: SheetState = {
  name: 'Score new rows',
  values: [
    ['=HYPERLINK("x")', true, false, null, 'text'],
    ...INPUTS.map((x) => [x]),
  ],
  formulas: {
    A8: '=Model!B2*2',
    B8: '=1/3',
    C8: '=A2*3',
    D8: '=ISLOGICAL(B1)',
    E8: '=1/0',
    F8: '=E1&"!"',
    A9: '=EXP(1)',
    B9: '=B1',
    C9: '=C1',
    'A10:B10': '=Model!B2',
    D9: '=-1/3',
    E9: '=1E+300*7',
    F9: '=A2-A2',
  },
};

(available ? describe : describe.skip)(`LibreOffice harness${available ? '' : ' (skipped: soffice missing; apt-get install libreoffice-calc)'}`, () => {
  // One soffice start for the checks below, on first use (the describe body also runs when it is skipped).
  let recalculation: ReturnType<typeof recalculateWorkbooks> | undefined;
  const book = async (): Promise<Record<string, (number | string | boolean)[][]>> => {
    recalculation ??= recalculateWorkbooks({ book: [MODEL, SCORE] });
    return (await recalculation).book ?? {};
  };

  it('proves the recalculation: the canary, cached stale, reads 3 on every sheet', async () => {
    const sheets = await book();
    // Model is 2 columns wide and Score new rows 6 (formulas reach F), so the canaries sit in C1 and G1.
    expect([sheets.Model?.[0]?.[2], sheets['Score new rows']?.[0]?.[6]]).toEqual([3, 3]);
  });

  it('refuses to read a workbook loaded without "always recalculate": the canary still holds its cached -1', async () => {
    await expect(recalculateWorkbooks({ stale: [MODEL] }, { alwaysRecalculate: false })).rejects.toThrow(`the canary ${CANARY_FORMULA} reads -1, not 3`);
  });

  it('evaluates a formula on another sheet: =Model!B2*2 is 2.5', async () => {
    expect((await book())['Score new rows']?.[7]?.[0]).toBe(2.5);
  });

  it('brings numbers back to the last bit, not the 15 digits LibreOffice saves', async () => {
    const row = (await book())['Score new rows']?.[7] ?? [];
    const next = (await book())['Score new rows']?.[8] ?? [];
    // 1/3 saved at 15 digits is 0.333333333333333, 3.3e-16 short; 0.1 * 3 is 0.30000000000000004, not 0.3.
    expect(row[1]).toBe(1 / 3);
    expect(row[2]).toBe(0.1 * 3);
    expect([next[0], next[3], next[4], next[5]]).toEqual([Math.E, -1 / 3, 1e300 * 7, 0]);
    const inputs = (await book())['Score new rows']?.slice(1, 1 + INPUTS.length).map((r) => r[0]);
    expect(inputs).toEqual(INPUTS);
  });

  it('keeps text as text (a formula-like string too), booleans as booleans, and errors as their text', async () => {
    const sheets = await book();
    const score = sheets['Score new rows'] ?? [];
    expect(score[0]?.slice(0, 5)).toEqual(['=HYPERLINK("x")', true, false, '', 'text']);
    expect([score[7]?.[3], score[7]?.[4], score[7]?.[5]]).toEqual([true, '#DIV/0!', 'text!']);
    expect([score[8]?.[1], score[8]?.[2]]).toEqual([true, false]);
    // A ranged address gives every cell of the range the formula.
    expect(score[9]?.slice(0, 3)).toEqual([1.25, 1.25, '']);
    expect(sheets.Model?.[1]).toEqual(['b', 1.25, '']);
  });

  it('gives the text view rfm.test.ts reads: numbers that Number() turns back into the same double', async () => {
    const { one } = await recalculate({ one: { name: 'Sheet1', formulas: { A1: '=1/3', B1: '=1=1', C1: '=NA()' } } });
    expect(one?.[0]?.slice(0, 3)).toEqual([String(1 / 3), 'TRUE', '#N/A']);
    expect(Number(one?.[0]?.[0])).toBe(1 / 3);
  });
});

describe('readExactDigits', () => {
  it('reads a probe\'s "k n m" as (n + m)·2⁻ᵏ: 1/3 from LibreOffice\'s own text for it', () => {
    // 1/3 · 2²² = 1398101.333…; n = INT − 1 = 1398100, m = 1.33333333325572 (15 digits; the true m is
    // 1.3333333332557231…, and n + m only needs m to 1e-10 to round to the right double).
    expect(readExactDigits('22 1398100 1.33333333325572')).toBe(1 / 3);
    expect(readExactDigits('0 0 0')).toBe(0);
  });

  it('gives undefined for anything that is not a probe', () => {
    expect([readExactDigits('#VALUE!'), readExactDigits(3), readExactDigits('1 2'), readExactDigits('a b c')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('round-trips any double written as LibreOffice writes m (15 significant digits)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).filter((x) => x !== 0 && Math.abs(x) > 1e-300), (x) => {
        const k = 20 - Math.floor(Math.log2(Math.abs(x)));
        const y = x * 2 ** k;
        const n = Math.floor(y) - 1;
        expect(readExactDigits(`${k} ${n} ${(y - n).toPrecision(15)}`)).toBe(x);
      }),
    );
  });
});
