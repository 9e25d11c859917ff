import type { Matrix } from '../../matrix';
import type { ReportCell, ReportSheet } from '../../report/types';
import { seededSample } from '../../seeded-sample';
import { principalComponents } from '../../stats/pca';

/** Rows drawn on the projection chart: enough to see the shape, few enough for a chart Excel draws quickly. */
export const PROJECTION_ROWS = 5_000;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * The "Projection" sheet: clustered rows on the first two principal components of the scaled features,
 * one scatter series per cluster so each gets its own colour. Above PROJECTION_ROWS rows a seeded sample
 * is drawn, and the sheet says so. Null when there is a single feature (nothing to project).
 */
export function projectionSheet(X: Matrix, labels: Int32Array, rank: readonly number[], k: number, seed: number): ReportSheet | null {
  if (X.cols < 2) return null;
  const { scores, explained } = principalComponents(X, 2);
  const rows = X.rows > PROJECTION_ROWS ? seededSample(X.rows, PROJECTION_ROWS, seed) : Int32Array.from({ length: X.rows }, (_, i) => i);
  const clusters = Array.from({ length: k }, (_, j) => `Cluster ${j + 1}`);
  const table: ReportCell[][] = Array.from(rows, (i) => {
    const row: ReportCell[] = [scores.data[i * 2] as number, ...clusters.map(() => null)];
    row[1 + (rank[labels[i] as number] as number)] = scores.data[i * 2 + 1] as number;
    return row;
  });
  const [pc1 = 0, pc2 = 0] = explained;
  return {
    name: 'Projection',
    notes: [
      `Each clustered row placed on the first two principal components of the scaled features: PC1 explains ${percent(pc1)} and PC2 ${percent(pc2)} of their variance, so the picture shows ${percent(pc1 + pc2)} of the spread.`,
      ...(rows.length < X.rows ? [`A seeded sample of ${rows.length.toLocaleString('en-US')} of the ${X.rows.toLocaleString('en-US')} clustered rows is drawn.`] : []),
    ],
    tables: [{ name: 'Projection', columns: [{ name: 'PC1', format: '0.000' }, ...clusters.map((name) => ({ name, format: '0.000' }))], rows: table }],
    charts: [{ type: 'scatter', title: 'Clusters on the first two principal components', table: 'Projection', x: 'PC1', series: clusters, xAxisTitle: `PC1 (${percent(pc1)} of variance)`, yAxisTitle: `PC2 (${percent(pc2)} of variance)` }],
  };
}
