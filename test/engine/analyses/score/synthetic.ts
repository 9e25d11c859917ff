import { createRandom } from '../../../../src/engine/random';
import type { Table } from '../../../../src/engine/table/types';
import { toyTable } from './run-score';

/**
 * A seeded loan book: id 1..n, income (some blank), home (text), a constant column, and status bad/good
 * with P(bad) = σ(2 − income/30 + 0.8·[rent]). `leak` is 1 for every bad and 0 for every good.
 */
export function loanBook(n: number, seed = 1, blanks = true): { table: Table; status: string[] } {
  const rng = createRandom(seed);
  const rows: (string | number)[][] = [];
  const status: string[] = [];
  for (let i = 0; i < n; i++) {
    const income = Math.round(20 + rng.next() * 100);
    const home = ['own', 'rent', 'parents'][rng.int(3)] as string;
    const bad = rng.next() < 1 / (1 + Math.exp(-(2 - income / 30 + (home === 'rent' ? 0.8 : 0))));
    status.push(bad ? 'bad' : 'good');
    rows.push([i + 1, blanks && i % 17 === 3 ? '' : income, home, 5, bad ? 1 : 0, bad ? 'bad' : 'good']);
  }
  return { table: toyTable(['id', 'income', 'home', 'branch', 'leak', 'status'], rows), status };
}
