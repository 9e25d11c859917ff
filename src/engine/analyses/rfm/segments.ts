/** The eleven named segments, best first (the order segment tables are listed in). */
export const SEGMENTS = [
  'Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention',
  'About To Sleep', 'At Risk', "Can't Lose Them", 'Hibernating', 'Lost',
] as const;
export type Segment = (typeof SEGMENTS)[number];

/** What each segment means, for the rules table a reader consults to see why a customer landed there. */
export const SEGMENT_MEANING: Readonly<Record<Segment, string>> = {
  Champions: 'Bought recently, buy often and spend the most.',
  'Loyal Customers': 'Buy often and spend well; not the very latest buyers.',
  'Potential Loyalist': 'Recent customers with average frequency and spend.',
  'New Customers': 'Bought most recently, but rarely and little so far.',
  Promising: 'Recent shoppers who have not bought much yet.',
  'Need Attention': 'Middling recency, frequency and spend.',
  'About To Sleep': 'Below-average recency, frequency and spend.',
  'At Risk': 'Bought fairly often some time ago; slipping away.',
  "Can't Lose Them": 'Bought often and spent much, but long ago.',
  Hibernating: 'Last bought long ago, rarely and little.',
  Lost: 'Lowest recency, frequency and spend.',
};

/**
 * The grid, after Putler's published RFM segment table: rows are R = 5 down to 1, columns FM = 1 to 5,
 * FM being the mean of F and M rounded half up. Putler's ranges overlap; this grid gives each of the 25
 * cells to one segment, keeping each segment inside its published R and FM ranges.
 */
export const SEGMENT_GRID: readonly (readonly Segment[])[] = [
  ['New Customers', 'Potential Loyalist', 'Potential Loyalist', 'Champions', 'Champions'],
  ['Promising', 'Potential Loyalist', 'Potential Loyalist', 'Loyal Customers', 'Champions'],
  ['About To Sleep', 'Need Attention', 'Need Attention', 'Loyal Customers', 'Loyal Customers'],
  ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', 'At Risk'],
  ['Lost', 'Lost', 'At Risk', "Can't Lose Them", "Can't Lose Them"],
];

/**
 * A score 1..bins on the grid's 1..5 scale: ⌈5·s/bins⌉, so 5 levels map to themselves and 10 levels pair up.
 * @example gridLevel(7, 10) // 4
 */
export function gridLevel(score: number, bins: number): number {
  return Math.ceil((5 * score) / bins);
}

/**
 * The FM score: the mean of F and M on the grid's scale, rounded half up.
 * @example fmScore(4, 5, 5) // 5 (4.5 rounds up)
 */
export function fmScore(f: number, m: number, bins: number): number {
  return Math.floor((gridLevel(f, bins) + gridLevel(m, bins)) / 2 + 0.5);
}

/**
 * The named segment of a customer from their R, F and M scores (1..bins).
 * @example segmentOf(2, 4, 3, 5) // 'At Risk': R 2, FM = (4 + 3) / 2 = 3.5 → 4
 */
export function segmentOf(r: number, f: number, m: number, bins: number): Segment {
  const row = SEGMENT_GRID[5 - gridLevel(r, bins)];
  const segment = row?.[fmScore(f, m, bins) - 1];
  if (segment === undefined) throw new Error(`internal: scores ${r}, ${f}, ${m} are outside 1..${bins}`);
  return segment;
}

/** Each segment's cells in words ("R 2, FM 3–4; R 1, FM 3"), read off the grid so rules and grid cannot drift apart. */
export function segmentCells(segment: Segment): string {
  const parts: string[] = [];
  SEGMENT_GRID.forEach((row, i) => {
    const fms = row.flatMap((s, j) => (s === segment ? [j + 1] : []));
    if (fms.length === 0) return;
    const lo = fms[0] as number, hi = fms[fms.length - 1] as number;
    parts.push(`R ${5 - i}, FM ${lo === hi ? lo : `${lo}–${hi}`}`);
  });
  return parts.join('; ');
}
