import { toScaledUnits } from '../prep/original-units';
import type { Feature } from '../prep/types';
import type { ReportCell, ReportSheet } from '../report/types';
import { cellAddress } from '../table/address';
import type { Table } from '../table/types';
import { absolute, headerRows, rowSpan } from './sheet-rows';
import { sourceBlock } from './source-columns';

/** Columns of the k-means Model table before the centroids: Feature, Column, Level, log1p, Fill, Center, Scale. */
const PARAMS = 7;
const [LEVEL, LOG1P, FILL, CENTER, SCALE] = [2, 3, 4, 5, 6];

const NOTES = [
  'Live scoring: the Scores table assigns each row to the nearest centroid with plain formulas, so new customers can be clustered without the add-in. Type or paste rows below the table; Excel fills in the formulas.',
  'Every parameter is a cell of the Model table: z = (value − Center) / Scale, with log(1 + value) instead of value where log1p is TRUE, a blank cell taken as Fill (or #N/A when Fill is blank), and a text level counting 1 when the cell equals Level exactly.',
  'Distance to cluster j is the squared distance between the row\'s z values and that cluster\'s column of the Model table (centroids in scaled units); Cluster is the nearest one.',
];

/**
 * The "Score new rows" sheet of a k-means run: a Model table (per feature its transform and the centroids in
 * scaled units) and a Scores table holding every source row with formulas for its z values, its squared
 * distance to each centroid and its nearest cluster (1 = Cluster 1 of the report, whose centroids come first).
 * @example kmeansFormulaSheet(prep.features, result.centroids, table).tables[1]?.rows[0]?.at(-1) // { formula: '=MATCH(MIN(…),…,0)' }
 */
export function kmeansFormulaSheet(features: readonly Feature[], centroids: readonly (readonly number[])[], table: Table): ReportSheet {
  const scaled = centroids.map((c) => toScaledUnits(features, c));
  const k = scaled.length;
  const p = features.length;
  const [modelHeader = 0, scoresHeader = 0] = headerRows(NOTES.length, [{ titled: true, rows: p }, { titled: true, rows: table.rowCount }]);
  const model = features.map((f, i): ReportCell[] => [f.name, f.column, f.level ?? null, f.log1p, Number.isFinite(f.fill) ? f.fill : null, f.center, f.scale, ...scaled.map((c) => c[i] as number)]);
  const param = (i: number, col: number): string => absolute(modelHeader + 1 + i, col);

  const source = sourceBlock(table, features.map((f) => f.column));
  const sourceNames = source.columns.map((c) => c.name);
  const firstZ = sourceNames.length;
  const firstD = firstZ + p;
  const zFormula = (f: Feature, i: number, row: number): string => {
    const v = cellAddress(row, sourceNames.indexOf(f.column));
    const [center, scale] = [param(i, CENTER), param(i, SCALE)];
    if (f.level !== undefined) return `=(IF(EXACT(${v},${param(i, LEVEL)}),1,0)-${center})/${scale}`;
    const t = (x: string): string => `IF(${param(i, LOG1P)},LN(1+${x}),${x})`;
    if (!Number.isFinite(f.fill)) return `=IF(ISNUMBER(${v}),(${t(v)}-${center})/${scale},NA())`;
    const filled = `IF(ISNUMBER(${v}),${v},${param(i, FILL)})`;
    return `=(${t(filled)}-${center})/${scale}`;
  };
  const distance = (j: number, row: number): string =>
    '=' + features.map((_, i) => `(${cellAddress(row, firstZ + i)}-${param(i, PARAMS + j)})^2`).join('+');
  const rows = Array.from({ length: table.rowCount }, (_, r): ReportCell[] => {
    const row = scoresHeader + 1 + r;
    const distances = rowSpan(row, firstD, firstD + k - 1);
    return [
      ...source.cells(r),
      ...features.map((f, i) => ({ formula: zFormula(f, i, row) })),
      ...scaled.map((_, j) => ({ formula: distance(j, row) })),
      { formula: `=MATCH(MIN(${distances}),${distances},0)` },
    ];
  });
  return {
    name: 'Score new rows',
    notes: NOTES,
    tables: [
      {
        name: 'KMeansModel',
        title: 'Model: how each feature is scaled, and the centroids in scaled units',
        columns: [{ name: 'Feature' }, { name: 'Column' }, { name: 'Level' }, { name: 'log1p' }, { name: 'Fill' }, { name: 'Center' }, { name: 'Scale' }, ...scaled.map((_, j) => ({ name: `Cluster ${j + 1}` }))],
        rows: model,
      },
      {
        name: 'KMeansScores',
        title: 'Scores: each row\'s nearest cluster',
        columns: [...source.columns, ...features.map((f) => ({ name: `z ${f.name}`, format: '0.0000' })), ...scaled.map((_, j) => ({ name: `Distance to cluster ${j + 1}`, format: '0.0000' })), { name: 'Cluster', format: '0' }],
        rows,
      },
    ],
    charts: [],
  };
}
