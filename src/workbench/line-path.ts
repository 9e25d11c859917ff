/**
 * An SVG path through points in order, broken wherever a point is missing, as Excel leaves a gap at a blank
 * cell: the dendrogram's links are separated by blank rows so each U is drawn on its own.
 * @example linePath([[0, 0], [1, 1], null, [2, 2], [3, 3]]) // 'M0.0,0.0 L1.0,1.0 M2.0,2.0 L3.0,3.0'
 */
export function linePath(points: readonly (readonly [number, number] | null)[]): string {
  const parts: string[] = [];
  let pen: 'M' | 'L' = 'M';
  for (const p of points) {
    if (p === null) {
      pen = 'M';
      continue;
    }
    parts.push(`${pen}${p[0].toFixed(1)},${p[1].toFixed(1)}`);
    pen = 'L';
  }
  return parts.join(' ');
}
