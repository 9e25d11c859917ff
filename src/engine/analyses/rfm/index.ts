import { rfmFormulaSheet } from '../../formulas/rfm-formulas';
import type { Analysis } from '../../recipe/types';
import { resultColumnNamed } from '../../report/result-column';
import { validateRfm, type RfmRecipe } from './recipe';
import type { RfmRunResult } from './result';
import { runRfm } from './run';

export type { RfmRecipe, RfmColumns, ColumnRole } from './recipe';
export type { RfmRunResult, SegmentSummary } from './result';
export { detectRfmColumns } from './detect-columns';

export const rfmAnalysis: Analysis<RfmRecipe, RfmRunResult> = {
  kind: 'rfm',
  title: 'RFM segmentation',
  validate: validateRfm,
  run: runRfm,
  liveFormulaSheet: (report) => rfmFormulaSheet(report.recipe, report.result),
  rowBands: ({ result }) => ({ band: 'segment', unit: 'customer', keys: result.customers.map(String), values: result.segment }),
  // Each row gets its customer's segment, so a transaction list can be filtered or pivoted by segment.
  resultColumn: ({ result }, table) => resultColumnNamed('Segment', table, result.rowCustomer.map((c) => (c < 0 ? null : (result.segment[c] ?? null))), '@'),
};
