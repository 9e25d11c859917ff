import { fromRows, type Matrix } from '../../../src/engine/matrix';
import { kmeans } from '../../../src/engine/cluster/kmeans';
import { readReference } from '../../shared';

export interface KMeansReference {
  X?: number[][];
  by_k: { k: number; best_inertia: number; n_init10_inertia: number }[];
}

/**
 * For every k of a reference case: our nInit = 10 reaches scikit-learn's own n_init = 10 inertia and
 * our nInit = 50 its best of 50 seeds, each within 0.1 % (only the given ks when `ks` is set).
 */
export function inertiaMisses(name: string, X?: Matrix, ks?: readonly number[]): string[] {
  const ref = readReference<KMeansReference>(`kmeans/${name}.json`);
  const data = X ?? fromRows(ref.X as number[][]);
  const misses: string[] = [];
  for (const row of ref.by_k.filter((r) => ks === undefined || ks.includes(r.k))) {
    const ten = kmeans(data, row.k, { nInit: 10 }).inertia / row.n_init10_inertia;
    const fifty = kmeans(data, row.k, { nInit: 50 }).inertia / row.best_inertia;
    if (ten > 1.001) misses.push(`k = ${row.k}, nInit = 10: ${ten.toFixed(5)} × scikit-learn's n_init = 10`);
    if (fifty > 1.001) misses.push(`k = ${row.k}, nInit = 50: ${fifty.toFixed(5)} × the best of 50 seeds`);
  }
  return misses;
}

/** StandardScaler: centre each column and divide by its population standard deviation. */
export function standardise(rows: number[][]): Matrix {
  const X = fromRows(rows);
  const { data, rows: n, cols: d } = X;
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i * d + t] as number;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((data[i * d + t] as number) - mean) ** 2;
    const scale = Math.sqrt(ss / n);
    for (let i = 0; i < n; i++) data[i * d + t] = ((data[i * d + t] as number) - mean) / scale;
  }
  return X;
}
