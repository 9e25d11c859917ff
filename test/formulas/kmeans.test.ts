/**
 * k-means live formulas recalculated by LibreOffice give the engine's numbers: the written workbook goes through
 * .xlsx (./libreoffice.ts), and every row's z values (the stored scaling applied in cells), its squared distance
 * to each centroid, and its cluster come back at full precision, on the mall customers with a text feature
 * (one-hot) and log1p, so every branch of the z formula is exercised.
 */
import { describe, expect, it } from '@jest/globals';
import type { KMeansRecipe } from '../../src/engine/analyses/kmeans/recipe';
import type { KMeansRunResult } from '../../src/engine/analyses/kmeans/result';
import { toScaledUnits } from '../../src/engine/prep/original-units';
import { prepare } from '../../src/engine/prep/prepare';
import { buildTable } from '../../src/engine/table/build';
import { mallCells } from '../excel/kmeans-report';
import { hasLibreOffice, recalculateWorkbooks } from './libreoffice';
import { expectClose, liveReport, writtenWorkbook } from './live-sheet';

const RECIPE = { kind: 'kmeans', columns: ['Genre', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)'], log1p: ['Annual Income (k$)'], k: 5, kMax: 5, nInit: 3 };
const available = hasLibreOffice() || process.env.CI === 'true';

(available ? describe : describe.skip)(`k-means live formulas in LibreOffice${available ? '' : ' (skipped: soffice missing; apt-get install libreoffice-calc)'}`, () => {
  it('assign every mall customer to the engine\'s cluster, with z and distances to 1e-9', async () => {
    const cells = mallCells();
    const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
    const report = liveReport(RECIPE, table);
    const result = report.result as KMeansRunResult;
    const prep = prepare(table, report.recipe as KMeansRecipe);
    const { sheets, scoresHeader } = await writtenWorkbook(report);
    const rows = (await recalculateWorkbooks({ kmeans: sheets })).kmeans?.['Score new rows'] ?? [];

    const p = prep.features.length;
    const sources = 4;
    const centroids = result.centroids.map((c) => toScaledUnits(prep.features, c));
    expect(prep.features.map((f) => f.name)).toEqual(['Genre = Female', 'Genre = Male', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)']);
    for (let r = 0; r < table.rowCount; r++) {
      const cells = rows[scoresHeader + 1 + r] ?? [];
      const z = Array.from(prep.X.data.subarray(r * p, (r + 1) * p));
      z.forEach((v, i) => expectClose(Number(cells[sources + i]), v, `row ${r + 1} z ${i}`));
      centroids.forEach((c, j) => expectClose(Number(cells[sources + p + j]), c.reduce((s, cj, i) => s + (z[i]! - cj) ** 2, 0), `row ${r + 1} distance ${j + 1}`));
      expect(cells[sources + p + centroids.length]).toBe((result.labels[r] as number) + 1);
    }
  });
});
