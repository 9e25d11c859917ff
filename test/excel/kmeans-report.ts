/** The mall customers file as Excel would hold it, and a k-means report on it: the writer's test input. */
import { readFileSync } from 'node:fs';
import { readCsv, type CsvCells } from '../../src/cli/read-csv';
import { runRecipe } from '../../src/engine/recipe/registry';
import type { Report } from '../../src/engine/report/types';
import { buildTable } from '../../src/engine/table/build';
import { sharedPath } from '../shared';

export const KMEANS_RECIPE = { kind: 'kmeans', columns: ['Annual Income (k$)', 'Spending Score (1-100)'], k: 5 } as const;

/** mall_customers.csv typed as Excel types a CSV it opens. */
export function mallCells(): CsvCells {
  return readCsv(readFileSync(sharedPath('datasets', 'mall_customers.csv'), 'utf8'));
}

/** The registered k-means analysis run on the mall customers, k = 5. */
export function mallKMeansReport(): Report {
  const cells = mallCells();
  const outcome = runRecipe(KMEANS_RECIPE, buildTable(cells.values, { numberFormats: cells.numberFormats, header: true }));
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome.report;
}
