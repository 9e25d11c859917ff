import { quantileBinIndex, quantileEdges } from '../../stats/quantile-bins';

/** Share floor so an empty bin on one side gives a large but finite PSI term. */
const SHARE_FLOOR = 1e-4;
const PSI_BINS = 10;

/**
 * How a variable was spread over bins in the training data: numeric deciles (edges) or text levels, then
 * "other" (text only: values not seen in training) and "missing" as the last bins.
 */
export type PopulationBins =
  | { readonly kind: 'number'; readonly edges: readonly number[]; readonly shares: readonly number[] }
  | { readonly kind: 'text'; readonly levels: readonly string[]; readonly shares: readonly number[] };

/**
 * Fit decile bins (numbers) or level bins (text) on training values and record their shares.
 * @example populationBins(Float64Array.of(1, 2, 3, 4)).kind // 'number'
 */
export function populationBins(values: Float64Array | readonly (string | null)[]): PopulationBins {
  if (values instanceof Float64Array) {
    const edges = quantileEdges(values.filter((v) => !Number.isNaN(v)).sort(), PSI_BINS);
    const bins: PopulationBins = { kind: 'number', edges, shares: [] };
    return { ...bins, shares: shares(bins, values) };
  }
  const levels = [...new Set(values.filter((v): v is string => v !== null))].sort();
  const bins: PopulationBins = { kind: 'text', levels, shares: [] };
  return { ...bins, shares: shares(bins, values) };
}

/**
 * Population stability index of new values against the training bins: Σ (new − train)·ln(new / train) over the
 * bins. 0 means the same spread; the usual reading is < 0.1 stable, 0.1–0.25 some shift, > 0.25 a major shift.
 * @example psi(populationBins(Float64Array.of(1, 2, 3, 4)), Float64Array.of(1, 2, 3, 4)) // 0
 */
export function psi(bins: PopulationBins, values: Float64Array | readonly (string | null)[]): number {
  const actual = shares(bins, values);
  let total = 0;
  bins.shares.forEach((e, k) => {
    const a = Math.max(actual[k] as number, SHARE_FLOOR), t = Math.max(e, SHARE_FLOOR);
    total += (a - t) * Math.log(a / t);
  });
  return total;
}

/**
 * The usual reading of a PSI with what to do about it: < 0.10 stable, 0.10–0.25 moderate shift (monitor),
 * above 0.25 major shift (review or refit).
 * @example psiReading(0.3) // 'major shift: review or refit the model'
 */
export function psiReading(value: number): string {
  return value < 0.1 ? 'stable' : value <= 0.25 ? 'moderate shift: monitor' : 'major shift: review or refit the model';
}

function shares(bins: PopulationBins, values: Float64Array | readonly (string | null)[]): number[] {
  const slots = bins.kind === 'number' ? Math.max(bins.edges.length - 1, 1) + 1 : bins.levels.length + 2;
  const counts = new Array<number>(slots).fill(0);
  for (let i = 0; i < values.length; i++) {
    const k = bins.kind === 'number' ? numberSlot(bins.edges, values[i] as number, slots) : textSlot(bins.levels, values[i] as string | null, slots);
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.map((c) => (values.length === 0 ? 0 : c / values.length));
}

function numberSlot(edges: readonly number[], v: number, slots: number): number {
  if (Number.isNaN(v)) return slots - 1;
  if (v < (edges[0] as number)) return 0;
  if (v > (edges[edges.length - 1] as number)) return slots - 2;
  return quantileBinIndex(v, edges);
}

function textSlot(levels: readonly string[], v: string | null, slots: number): number {
  if (v === null) return slots - 1;
  const k = levels.indexOf(v);
  return k < 0 ? slots - 2 : k;
}
