/**
 * `base`, or `base (2)`, `base (3)`… — the first that is not among `taken` (ignoring case, as Excel does
 * for table headers and sheet names).
 * @example freshName('Cluster', ['cluster', 'Cluster (2)']) // 'Cluster (3)'
 */
export function freshName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
