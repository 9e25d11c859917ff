/** Table and sheet names the writer asks Excel for: always ones Excel accepts, even the second or third time. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { uniqueSheetName, uniqueTableName } from '../../src/excel/names';
import { checkTableName } from '../../src/sim/table-name';
import type { WorkbookModel } from '../../src/sim/model';

/** The simulator's check (Excel's rules) against a workbook holding tables of these names. */
function excelAccepts(name: string, taken: readonly string[]): boolean {
  try {
    checkTableName({ tables: taken.map((t, i) => ({ id: `t${i}`, name: t })) } as unknown as WorkbookModel, name);
    return true;
  } catch {
    return false;
  }
}

describe('uniqueTableName', () => {
  it('numbers a second table, keeping clear of cell references', () => {
    expect(uniqueTableName('Cluster profile', ['Cluster_profile'])).toBe('Cluster_profile2');
    // "RFM2" is the cell in column RFM, row 2: Excel refuses it as a table name (a re-run of RFM met this).
    expect(uniqueTableName('RFM', ['RFM'])).toBe('RFM_2');
    expect(uniqueTableName('RFM', ['RFM', 'rfm_2'])).toBe('RFM_3');
    expect(uniqueTableName('A1', [])).toBe('_A1');
    expect(uniqueTableName('R', [])).toBe('_R');
  });

  it('always gives a name Excel accepts, whatever the wish and the names taken (property)', () => {
    const short = fc.stringMatching(/^[A-Za-z0-9 _.]{0,5}$/);
    fc.assert(fc.property(short, fc.array(short, { maxLength: 6 }), (wanted, others) => {
      const taken: string[] = [];
      for (const t of [...others, wanted, wanted, wanted]) {
        const name = uniqueTableName(t, taken);
        expect(excelAccepts(name, taken)).toBe(true);
        taken.push(name);
      }
    }));
  });
});

describe('uniqueSheetName', () => {
  it('replaces forbidden characters and numbers a clash in parentheses', () => {
    expect(uniqueSheetName('Clusters', ['clusters'])).toBe('Clusters (2)');
    expect(uniqueSheetName('a/b:c', [])).toBe('a b c');
  });
});
