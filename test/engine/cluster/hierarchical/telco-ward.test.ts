/**
 * Ward on all 7,043 telco3 rows against fastcluster.linkage_vector
 * (`reference/hierarchical/telco3_ward_fastcluster.json`): the last 50 merge heights and the cuts
 * into 2..8 clusters (SciPy's fcluster numbering). X comes from kmeans/telco3.json, the same
 * standardised matrix (checked against scaling.json). Running in seconds here is also a check that
 * the algorithm is O(n²·d), not O(n³).
 */
import { expect, test } from '@jest/globals';
import { fcluster, linkage } from '../../../../src/engine/cluster/hierarchical';
import { fromRows } from '../../../../src/engine/matrix';
import { readReference } from '../../../shared';

test('Ward on telco3 (7,043 rows) equals fastcluster: last 50 heights and cuts into 2..8 clusters', () => {
  const rows = readReference<{ X: number[][] }>('kmeans/telco3.json').X;
  expect(rows.slice(0, 5)).toEqual(readReference<{ telco3: { first5: number[][] } }>('scaling.json').telco3.first5);
  const ref = readReference<{ last50_heights: number[]; maxclust: Record<string, number[]> }>('hierarchical/telco3_ward_fastcluster.json');
  const link = linkage(fromRows(rows), { method: 'ward' });
  const n = rows.length;
  const last50 = Array.from({ length: 50 }, (_, i) => link.Z[(n - 51 + i) * 4 + 2]!);
  last50.forEach((h, i) => expect(Math.abs(h - ref.last50_heights[i]!)).toBeLessThanOrEqual(1e-9 * ref.last50_heights[i]!));
  for (const [t, labels] of Object.entries(ref.maxclust)) {
    expect(Array.from(fcluster(link, { maxclust: Number(t) }))).toEqual(labels);
  }
});
