import { clusterColumn } from '../../cluster/cluster-column';
import { carryClusters, clusterBands } from '../../cluster/cluster-numbering';
import { kmeansFormulaSheet } from '../../formulas/kmeans-formulas';
import { prepare } from '../../prep/prepare';
import type { Analysis } from '../../recipe/types';
import { validateKMeans, type KMeansRecipe } from './recipe';
import type { KMeansRunResult } from './result';
import { runKMeans } from './run';

export type { KMeansRecipe } from './recipe';
export type { KMeansRunResult, ElbowPoint } from './result';

export const kmeansAnalysis: Analysis<KMeansRecipe, KMeansRunResult> = {
  kind: 'kmeans',
  title: 'k-means clustering',
  validate: validateKMeans,
  run: runKMeans,
  liveFormulaSheet: (report, table) => kmeansFormulaSheet(prepare(table, report.recipe).features, report.result.centroids, table),
  rerunRecipe: (recipe, previous) => carryClusters(recipe, previous.result),
  rowBands: (report) => clusterBands(report.result),
  resultColumn: (report, table) => clusterColumn(report.result, table),
};
