import { histogramBins } from '../../stats/histogram-bins';
import type { ColumnHistogram } from './result';
import type { ProfiledColumn } from './target';

/** A histogram per number column up to this many; a sheet of more charts than that is not read. */
export const MAX_HISTOGRAMS = 40;

/** Histograms of the first MAX_HISTOGRAMS number columns that have values, and how many were left without one. */
export function profileHistograms(profiled: readonly ProfiledColumn[], maxBins: number): { histograms: ColumnHistogram[]; leftOut: number } {
  const eligible = profiled.filter((p) => p.column.type === 'number' && p.sorted !== null && p.sorted.length > 0);
  const histograms = eligible.slice(0, MAX_HISTOGRAMS).map((p) => ({ column: p.column.name, ...histogramBins(p.sorted as Float64Array, maxBins) }));
  return { histograms, leftOut: eligible.length - histograms.length };
}
