/**
 * Which source file a dev URL on https://localhost:3000 serves. The dev server serves dist/, and
 * scripts/build.mjs fills dist/ by two copies: assets/ → dist/assets/ and src/taskpane/*.html →
 * dist/*.html. Mapping URLs straight to those sources keeps the manifest test offline and
 * independent of the command-line bundle that the build also makes.
 */
export const DEV_ORIGIN = 'https://localhost:3000';

/**
 * The repository-relative source of a dev URL, or null when no build copy produces it.
 * @example localSourceFor('https://localhost:3000/assets/icon-16.png') // → 'assets/icon-16.png'
 * @example localSourceFor('https://localhost:3000/taskpane.html') // → 'src/taskpane/taskpane.html'
 */
export function localSourceFor(url: string): string | null {
  const parsed = new URL(url);
  if (parsed.origin !== DEV_ORIGIN) return null;
  const path = decodeURIComponent(parsed.pathname);
  if (/^\/assets\/[^/]+$/.test(path)) return path.slice(1);
  if (/^\/[^/]+\.html$/.test(path)) return `src/taskpane${path}`;
  return null;
}
