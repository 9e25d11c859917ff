import { clusterColumn } from '../../cluster/cluster-column';
import { carryClusters, clusterBands } from '../../cluster/cluster-numbering';
import type { Analysis } from '../../recipe/types';
import { validateHierarchical, type HierarchicalRecipe } from './recipe';
import type { HierarchicalRunResult } from './result';
import { runHierarchical } from './run';

export type { HierarchicalRecipe } from './recipe';
export type { HierarchicalRunResult } from './result';
export type { ValidityIndices } from './cluster-validity';

export const hierarchicalAnalysis: Analysis<HierarchicalRecipe, HierarchicalRunResult> = {
  kind: 'hierarchical',
  title: 'Hierarchical clustering',
  validate: validateHierarchical,
  run: runHierarchical,
  rerunRecipe: (recipe, previous) => carryClusters(recipe, previous.result),
  rowBands: (report) => clusterBands(report.result),
  resultColumn: (report, table) => clusterColumn(report.result, table),
};
