/**
 * Edit distance between two strings (insertions, deletions, substitutions each cost 1).
 * @example editDistance('Age', 'Agee') // → 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `name`, ignoring case and surrounding spaces, so a message can say
 * "did you mean …". Ties go to the earlier candidate; undefined only when there are no candidates.
 * @example closestName('annual income', ['Age', 'Annual Income (k$)']) // → 'Annual Income (k$)'
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.trim().toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
