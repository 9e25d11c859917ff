import { InputError, type Problem } from '../src/engine/problem';

/** The problems an engine call raises; fails the test when it raises none (or throws something else). */
export function problemsOf(f: () => unknown): readonly Problem[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError, but the call succeeded');
}

/** The first problem an engine call raises. */
export function problemOf(f: () => unknown): Problem {
  return problemsOf(f)[0] as Problem;
}
