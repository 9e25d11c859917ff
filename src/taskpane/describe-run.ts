import type { RerunChanges } from '../excel/rerun';
import type { RunRecord } from '../excel/run-record';
import { PANE_ANALYSES } from './analyses';

/** The recipe fields a person recognises a run by, in the order they are listed, with their labels. */
const KEY_SETTINGS: readonly (readonly [field: string, label: string])[] = [
  ['columns', 'columns'],
  ['features', 'features'],
  ['target', 'target'],
  ['k', 'k'],
  ['cut', 'cut'],
  ['method', 'linkage'],
  ['eps', 'eps'],
  ['minPts', 'min points'],
  ['clusters', 'clusters'],
  ['seed', 'seed'],
  ['modelSource', 'model'],
];

function showValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(showValue).join(', ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} = ${showValue(v)}`).join(', ');
  return String(value);
}

/**
 * A recorded run's title: the pane's name for its analysis, or the raw kind for an analysis this version
 * does not offer (a workbook from a newer add-in).
 * @example runTitle({ kind: 'kmeans' }) // 'k-means clusters'
 */
export function runTitle(recipe: unknown): string {
  const kind = (recipe as { kind?: unknown } | null)?.kind;
  return PANE_ANALYSES.find((a) => a.kind === kind)?.title ?? String(kind ?? 'unknown analysis');
}

/**
 * The key settings of a recorded recipe as short "label: value" strings, absent and null fields left out.
 * @example runSettings({ kind: 'kmeans', columns: ['Age', 'Income'], k: 'auto', seed: 42 }) // ['columns: Age, Income', 'k: auto', 'seed: 42']
 */
export function runSettings(recipe: unknown): string[] {
  if (recipe === null || typeof recipe !== 'object') return [];
  const fields = recipe as Record<string, unknown>;
  return KEY_SETTINGS.filter(([field]) => fields[field] !== undefined && fields[field] !== null).map(([field, label]) => `${label}: ${showValue(fields[field])}`);
}

/**
 * What the run wrote besides its sheets, which a re-run writes again.
 * @example runExtras({ liveFormulas: true, appendedColumn: 'Data!F1:F201' }) // ['live scoring formulas', 'result column Data!F1:F201']
 */
export function runExtras(record: Pick<RunRecord, 'liveFormulas' | 'appendedColumn'>): string[] {
  return [...(record.liveFormulas ? ['live scoring formulas'] : []), ...(record.appendedColumn ? [`result column ${record.appendedColumn}`] : [])];
}

/**
 * When a run was made, in the reader's locale; the stored text as it is when it is not a date.
 * @example runDate({ date: '2026-11-24T17:00:00.000Z' }) // '24/11/2026, 17:00' in en-GB on UTC
 */
export function runDate(record: Pick<RunRecord, 'date'>): string {
  const date = new Date(record.date);
  return Number.isNaN(date.getTime()) ? record.date : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function count(n: number, unit: string): string {
  return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}

/** At most this many changed rows or customers are named; the rest are counted. */
const NAMED = 10;

/**
 * What a re-run changed, in sentences for the pane: rows added; the rows (numbered as rows of the data, 1 = the
 * first row under the header) or customers whose cluster, segment or predicted class changed; and, for
 * clusterings, which clusters did not keep their numbers.
 * @example
 * rerunSentences({ source: "'S'!A1:C11", rowsBefore: 10, rowsAdded: 0, changed: { band: 'cluster', unit: 'row', items: [] }, continues: [0, 1] })
 * // ["Read 'S'!A1:C11: 10 rows, 0 rows added.", 'No row changed cluster.', 'Every cluster kept its number (clusters matched by centroid).']
 */
export function rerunSentences(changes: RerunChanges): string[] {
  const sentences = [`Read ${changes.source}: ${count(changes.rowsBefore + changes.rowsAdded, 'row')}, ${count(changes.rowsAdded, 'row')} added.`];
  if (changes.changed) {
    const { band, unit, items } = changes.changed;
    if (items.length === 0) {
      sentences.push(`No ${unit} changed ${band}.`);
    } else {
      const named = items.slice(0, NAMED).join(', ');
      const more = items.length > NAMED ? ` and ${(items.length - NAMED).toLocaleString('en-US')} more` : '';
      sentences.push(`${count(items.length, unit)} changed ${band} (${unit === 'row' ? 'data rows' : 'customers'} ${named}${more}).`);
    }
  }
  if (changes.continues) {
    const moved = changes.continues.flatMap((old, n) => (old === n ? [] : [old >= 0 ? `cluster ${n + 1} continues old cluster ${old + 1}` : `cluster ${n + 1} is new`]));
    sentences.push(moved.length === 0
      ? 'Every cluster kept its number (clusters matched by centroid).'
      : `Clusters matched by centroid keep their numbers, except: ${moved.join(', ')}.`);
  }
  return sentences;
}
