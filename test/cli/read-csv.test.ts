// readCsv reads well-formed files with a scanner of its own and hands anything else to Papa Parse.
// Its contract is the simple reading it replaced: Papa.parse of the whole text, then each field typed
// by two regexes. The model below is that reading; the properties hold readCsv to it on random texts
// (quotes, escaped quotes, blank lines, three line endings, four delimiters, malformed quotes).
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import Papa from 'papaparse';
import { readCsv, type CsvCells } from '../../src/cli/read-csv';
import { createRandom } from '../../src/engine/random';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function modelField(field: string): [string | number, string] {
  const trimmed = field.trim();
  if (NUMBER.test(trimmed)) return [Number(trimmed), 'General'];
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [, y, mo, d, h, mi, s] = date;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
    if (!Number.isNaN(ms)) return [ms / 86_400_000 + 25569, h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss'];
  }
  return [field, 'General'];
}

function model(text: string): { values: (string | number)[][]; numberFormats: string[][] } {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data.map((fields) => fields.map(modelField));
  return { values: rows.map((row) => row.map(([value]) => value)), numberFormats: rows.map((row) => row.map(([, format]) => format)) };
}

/** readCsv's cells in plain arrays, so toEqual compares them with the model (Object.is: −0 is not 0). */
const plain = (cells: CsvCells): { values: (string | number)[][]; numberFormats: string[][] } => ({ values: cells.values, numberFormats: cells.numberFormats.map((row) => [...row]) });

describe('readCsv types fields as Excel does on opening a CSV', () => {
  test('plain numbers become numbers, ISO dates serials with a date format, the rest stays text as written', () => {
    // 2024-03-01 is serial 45352; 14:05 is 50700 s of 86400.
    const cells = readCsv('id,day,when,note\n1,2024-03-01,2024-03-01 14:05,"1,234"\n-2.5e3,2024-03-01,2024-03-01T14:05:00, x \n');
    expect(cells.values).toEqual([
      ['id', 'day', 'when', 'note'],
      [1, 45352, 45352 + 50700 / 86400, '1,234'],
      [-2500, 45352, 45352 + 50700 / 86400, ' x '],
    ]);
    expect(cells.numberFormats).toEqual([
      ['General', 'General', 'General', 'General'],
      ['General', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', 'General'],
      ['General', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', 'General'],
    ]);
    // The two data rows have the same formats: one shared array.
    expect(cells.numberFormats[1]).toBe(cells.numberFormats[2]);
  });

  test.each([
    ['+.5', 0.5],
    ['5.', 5],
    ['007', 7],
    ['-0', -0],
    ['1e400', Infinity], // Number() of a plain number, even out of range, as Excel's reading did before
    ['12345678901234567890', 12345678901234567000], // 20 digits: beyond the exact fast path
    ['0.1e-25', 1e-26],
    [' 42 ', 42],
  ])('%p reads as Number() reads it: %p', (field, value) => {
    expect(readCsv(`x\n${field}\n`).values[1]).toEqual([value]);
  });

  test.each(['1e', '.', '-', '1,234', '12%', '2024-3-01', '2024-03-01 14', 'e5'])('%p stays text', (field) => {
    expect(readCsv(`x\n"${field}"\n`).values[1]).toEqual([field]);
  });

  test('quoted fields keep delimiters, line breaks and doubled quotes; CRLF, a BOM and blank lines are read as Papa reads them', () => {
    const text = '\uFEFFname,score\r\n"Smith, ""Jo""",1\r\n\r\n , \r\n"two\r\nlines",2';
    expect(readCsv(text).values).toEqual([['name', 'score'], ['Smith, "Jo"', 1], ['two\r\nlines', 2]]);
  });

  test('only the whole line ending ends a row: a lone CR in a CRLF file is part of its field', () => {
    expect(readCsv('a,b\r\nx\ry,1\r\n').values).toEqual([['a', 'b'], ['x\ry', 1]]);
  });

  test('malformed quotes read exactly as Papa reads them', () => {
    for (const text of ['a,b\n"x"y,1\n', 'a,b\n"unterminated,1\n', 'a,b\n"x" ,1\n', 'a,b\nx"y,1\n']) expect(plain(readCsv(text))).toEqual(model(text));
  });
});

// Fields that exercise every branch: numbers, dates, text with delimiters, quotes and line breaks, blanks.
const fieldArb = fc.oneof(
  fc.constantFrom('1', '-2.5', '+.5', '1e5', '1E-3', '007', '-0', '1e400', '12345678901234567890', ' 3 ', '1,234', '12%'),
  fc.constantFrom('2024-03-01', '2024-03-01 14:05', '2024-03-01T14:05:00', '2024-13-45', '0099-01-01', '2024-03-01 25:99'),
  fc.constantFrom('', ' ', 'North', 'a;b', 'tab\there', 'pipe|x', 'say "hi"', 'two\nlines', 'cr\rx', 'é ü', '"quoted"', 'x"'),
  fc.string({ maxLength: 6 }),
);
const quoteIfNeeded = (field: string): string => (/[",;\t|\r\n]/.test(field) && !field.startsWith(' ') ? `"${field.replaceAll('"', '""')}"` : field);

describe('readCsv agrees with Papa Parse plus field typing', () => {
  test('on random well-formed texts: any delimiter Papa guesses, any line ending, blank lines, a final line break or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 14 }),
        fc.boolean(),
        (delimiter, linebreak, rows, finalBreak) => {
          const text = rows.map((row) => row.map(quoteIfNeeded).join(delimiter)).join(linebreak) + (finalBreak ? linebreak : '');
          expect(plain(readCsv(text))).toEqual(model(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('on random texts with stray and unbalanced quotes', () => {
    const piece = fc.constantFrom('a', '1', '"', '""', ',', '\n', '\r\n', ' ', '2024-03-01', '-3.5');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(plain(readCsv(text))).toEqual(model(text));
      }),
      { numRuns: 400 },
    );
  });

  test('on texts past Papa’s 1 MiB guessing window: ordinary rows, and first rows too long for the window', () => {
    // Seeded rows of 6 fields (about 50 characters), quoted fields among them, CRLF: about 1.5 MB.
    const rng = createRandom(7);
    const line = (i: number): string => [i, (rng.next() * 1000).toFixed(2), '2024-03-01', `"N, ${rng.int(50)}"`, rng.next() < 0.1 ? '' : 'x', `"say ""${i}"""`].join(',');
    const text = ['id,v,d,name,flag,quote', ...Array.from({ length: 30_000 }, (_, i) => line(i))].join('\r\n');
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(plain(readCsv(text))).toEqual(model(text));
    // Rows of thousands of ';'-separated fields after two commas, so long that the tenth line break (or,
    // with nine rows, the last one) lies past 1 MiB. There Papa's guess from the whole text (';', the most
    // fields at a steady count) is not its guess from the first MiB (',', since the cut row has fewer
    // ';' fields): Papa must read it all.
    for (const [rows, fields] of [[12, 12_000], [9, 13_000]] as const) {
      const row = (r: number): string => `a,b,c;${Array.from({ length: fields }, (_, j) => String((r + j) % 7).repeat(9)).join(';')}`;
      const wide = Array.from({ length: rows }, (_, r) => row(r)).join('\n');
      expect(Papa.parse(wide.slice(0, 1 << 20), { preview: 1 }).meta.delimiter).toBe(',');
      const cells = plain(readCsv(wide));
      expect(cells).toEqual(model(wide));
      expect(cells.values[0]).toHaveLength(fields + 1);
    }
  });
});
