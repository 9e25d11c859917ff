import { resultColumnNamed } from '../report/result-column';
import type { ResultColumn } from '../recipe/types';
import type { Table } from '../table/types';

/**
 * A clustering's result column: each row's cluster numbered from 1 as on the report's sheets, "Noise" where a
 * DBSCAN row is noise, blank for a row left out for missing values.
 * @example clusterColumn({ labels: [3, 4, -1] }, table).values // [4, 5, null]
 */
export function clusterColumn(result: { readonly labels: readonly number[]; readonly noise?: readonly boolean[] }, table: Table): ResultColumn {
  const values = result.labels.map((label, i) => (label >= 0 ? label + 1 : result.noise?.[i] === true ? 'Noise' : null));
  return resultColumnNamed('Cluster', table, values, '0');
}
