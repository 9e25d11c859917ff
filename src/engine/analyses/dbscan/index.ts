import { clusterColumn } from '../../cluster/cluster-column';
import { carryClusters, clusterBands } from '../../cluster/cluster-numbering';
import type { Analysis } from '../../recipe/types';
import { validateDbscan, type DbscanRecipe } from './recipe';
import type { DbscanRunResult } from './result';
import { runDbscan } from './run';

export type { DbscanRecipe } from './recipe';
export type { DbscanRunResult } from './result';

export const dbscanAnalysis: Analysis<DbscanRecipe, DbscanRunResult> = {
  kind: 'dbscan',
  title: 'DBSCAN clustering',
  validate: validateDbscan,
  run: runDbscan,
  rerunRecipe: (recipe, previous) => carryClusters(recipe, previous.result),
  rowBands: (report) => clusterBands(report.result),
  resultColumn: (report, table) => clusterColumn(report.result, table),
};
