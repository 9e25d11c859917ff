import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createExcelHost, createWorkbook } from '../../src/sim';

/** Writes each input to its own cell of column A (with `format` set first) and reads values, formulas, formats. */
async function typed(inputs: string[], format?: string) {
  const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S' }], currentYear: 2024 }));
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem('S').getRange(`A1:A${inputs.length}`);
    if (format !== undefined) range.numberFormat = inputs.map(() => [format]);
    range.values = inputs.map((v) => [v]);
    range.load('values, formulas, numberFormat, valueTypes, text');
    await context.sync();
    return { values: range.values.map((r) => r[0]), formulas: range.formulas.map((r) => r[0]), formats: range.numberFormat.map((r) => r[0]), types: range.valueTypes.map((r) => r[0]), text: range.text.map((r) => r[0]) };
  });
}

describe('typed-input coercion (en-US)', () => {
  it('coerces as Excel does when the cell is General', async () => {
    const got = await typed(['=1+1', '0001', '12%', '1-2', '1,234', '$5', '1e3', '2024-03-01', '3/4/2024', 'TRUE', '#N/A', "'0001", 'abc', '(7)']);
    // "1-2" is January 2 of the workbook's year: serial of 2024-01-02 = 45293 (2024-01-01 is 45292).
    // "2024-03-01" → 45352; "3/4/2024" is March 4 → 45355.
    expect(got.values).toEqual([2, 1, 0.12, 45293, 1234, 5, 1000, 45352, 45355, true, '#N/A', '0001', 'abc', -7]);
    expect(got.formulas[0]).toBe('=1+1');
    expect(got.formats).toEqual(['General', 'General', '0%', 'd-mmm', '#,##0', '$#,##0', '0.00E+00', 'm/d/yyyy', 'm/d/yyyy', 'General', 'General', 'General', 'General', 'General']);
    expect(got.types[10]).toBe('Error');
    expect(got.text.slice(2, 5)).toEqual(['12%', '2-Jan', '1,234']);
  });

  it('keeps every string as text under the text format "@"', async () => {
    const inputs = ['=1+1', '0001', '12%', '1-2', '1,234', 'TRUE', '#N/A'];
    const got = await typed(inputs, '@');
    expect(got.values).toEqual(inputs);
    expect(got.formulas).toEqual(inputs);
    expect(got.types).toEqual(inputs.map(() => 'String'));
  });

  it('a formula the simulator cannot compute keeps its text and reads "" as its value', async () => {
    const got = await typed(['=SUM(B1:B3)']);
    expect(got.values).toEqual(['']);
    expect(got.formulas).toEqual(['=SUM(B1:B3)']);
  });

  it('leaves text that is not a number or date alone', async () => {
    const got = await typed(['1,23', '2/30/2024', 'A1', '1.2.3']);
    expect(got.values).toEqual(['1,23', '2/30/2024', 'A1', '1.2.3']);
  });

  it('any finite number written reads back unchanged', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S' }] }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 20 }), async (xs) => {
        const back = await host.run(async (context) => {
          const range = context.workbook.worksheets.getItem('S').getRange(`A1:A${xs.length}`);
          range.values = xs.map((x) => [x]);
          range.load('values');
          await context.sync();
          return range.values.map((r) => r[0]);
        });
        expect(back).toEqual(xs);
      }),
      { numRuns: 50 },
    );
  });

  it('an integer written as text reads back as that number', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -1e9, max: 1e9 }), async (n) => {
        const got = await typed([String(n)]);
        expect(got.values).toEqual([n]);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses NaN, naming the cell', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S' }] }));
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('B3').values = [[Number.NaN]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('S!B3') });
  });

  it('null in an input array leaves that cell unchanged; a shape mismatch is refused', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S', values: [[1, 2]] }] }));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null, 9]];
    });
    expect(host.exportState().sheets[0]?.values).toEqual([[1, 9]]);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining("doesn't match") });
  });
});
