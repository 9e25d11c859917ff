/**
 * Names for the d feature columns in messages: the caller's, or "feature 1" … "feature d".
 * @example featureNames(2) // ['feature 1', 'feature 2']
 */
export function featureNames(d: number, names?: readonly string[]): readonly string[] {
  return names ?? Array.from({ length: d }, (_, j) => `feature ${j + 1}`);
}
