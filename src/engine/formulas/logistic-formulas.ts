import type { DesignFeature, SourceColumn } from '../analyses/score/design';
import type { FittedLogistic } from '../analyses/score/logistic';
import type { ReportCell, ReportSheet } from '../report/types';
import { cellAddress } from '../table/address';
import type { Table } from '../table/types';
import { isPresent, numberOf } from './cell-value';
import { absolute, headerRows } from './sheet-rows';
import { sourceBlock } from './source-columns';

/** Columns of the logistic Model table: Feature, Column, Kind, Level, Fill, Center, Scale, Coefficient. */
const [LEVEL, FILL, CENTER, SCALE, COEF] = [3, 4, 5, 6, 7];

const NOTES = [
  'Live scoring: the Scores table computes each row\'s probability of default (PD) with plain formulas, so new applications can be scored without the add-in. Type or paste rows below the table; Excel fills in the formulas.',
  'Every parameter is a cell of the Model table: z = (value − Center) / Scale, where value is the cell (a blank cell taken as Fill), 1 or 0 for "the cell is blank" (kind missing), or 1 or 0 for "the cell equals Level exactly" (kind level).',
  'Log-odds = the Intercept row\'s coefficient + Σ Coefficient × z; PD = 1 / (1 + EXP(−log-odds)).',
];

/**
 * The value a feature reads from a source cell, before scaling, as the design computes it: a number (blank or
 * non-number → Fill), a 0/1 missing flag, or a 0/1 level flag.
 * @example featureValue(income, 'number', 'B7', (col) => absolute(5, col)) // 'IF(ISNUMBER(B7),B7,$E$6)'
 */
export function featureValue(feature: DesignFeature, type: SourceColumn['type'], cell: string, param: (col: number) => string): string {
  switch (feature.kind) {
    case 'number':
      return `IF(${isPresent(type, cell)},${numberOf(type, cell)},${param(FILL)})`;
    case 'missing':
      return `IF(${isPresent(type, cell)},0,1)`;
    case 'level':
      return `IF(EXACT(${cell},${param(LEVEL)}),1,0)`;
    default: {
      const unknown: never = feature;
      throw new Error(`unknown feature ${String(unknown)}`);
    }
  }
}

/**
 * The "Score new rows" sheet of a logistic score run: a Model table (the intercept, then per feature its source
 * column, fill, centre, scale and coefficient) and a Scores table holding every source row with formulas for
 * its z values, its log-odds and its PD, using only functions of Excel 2016.
 * @example logisticFormulaSheet(model, table).tables[1]?.rows[0]?.at(-1) // { formula: '=1/(1+EXP(-H16))' }: the log-odds cell to its left
 */
export function logisticFormulaSheet(model: FittedLogistic, table: Table): ReportSheet {
  const features = model.design.features;
  const p = features.length;
  const [modelHeader = 0, scoresHeader = 0] = headerRows(NOTES.length, [{ titled: true, rows: p + 1 }, { titled: true, rows: table.rowCount }]);
  const modelRows: ReportCell[][] = [
    ['Intercept', null, null, null, null, null, null, model.intercept],
    ...features.map((f, i): ReportCell[] => [f.name, f.column, f.kind, f.kind === 'level' ? f.level : null, f.kind === 'number' ? f.fill : null, f.center, f.scale, model.coef[i] as number]),
  ];
  const intercept = absolute(modelHeader + 1, COEF);
  const param = (i: number) => (col: number): string => absolute(modelHeader + 2 + i, col);

  const source = sourceBlock(table, model.design.columns.map((c) => c.name));
  const sourceNames = source.columns.map((c) => c.name);
  const types = new Map(model.design.columns.map((c) => [c.name, c.type]));
  const firstZ = sourceNames.length;
  const eta = firstZ + p;
  const zFormula = (f: DesignFeature, i: number, row: number): string => {
    const cell = cellAddress(row, sourceNames.indexOf(f.column));
    return `=(${featureValue(f, types.get(f.column) ?? 'number', cell, param(i))}-${param(i)(CENTER)})/${param(i)(SCALE)}`;
  };
  const logOdds = (row: number): string => `=${intercept}+${features.map((_, i) => `${param(i)(COEF)}*${cellAddress(row, firstZ + i)}`).join('+')}`;
  const rows = Array.from({ length: table.rowCount }, (_, r): ReportCell[] => {
    const row = scoresHeader + 1 + r;
    return [
      ...source.cells(r),
      ...features.map((f, i) => ({ formula: zFormula(f, i, row) })),
      { formula: logOdds(row) },
      { formula: `=1/(1+EXP(-${cellAddress(row, eta)}))` },
    ];
  });
  return {
    name: 'Score new rows',
    notes: NOTES,
    tables: [
      {
        name: 'LogisticModel',
        title: 'Model: how each feature is filled and scaled, and its coefficient',
        columns: [{ name: 'Feature', format: '@' }, { name: 'Column', format: '@' }, { name: 'Kind', format: '@' }, { name: 'Level', format: '@' }, { name: 'Fill' }, { name: 'Center' }, { name: 'Scale' }, { name: 'Coefficient' }],
        rows: modelRows,
      },
      {
        name: 'LogisticScores',
        title: 'Scores: each row\'s probability of default',
        columns: [...source.columns, ...features.map((f) => ({ name: `z ${f.name}`, format: '0.0000' })), { name: 'Log-odds of default', format: '0.0000' }, { name: 'PD', format: '0.0000' }],
        rows,
      },
    ],
    charts: [],
  };
}
