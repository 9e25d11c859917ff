import { InputError, type Problem } from '../problem';
import { getColumn } from '../table/get-column';
import type { Table } from '../table/types';

/**
 * Reads a raw recipe's fields, collecting a problem per bad field instead of stopping at the first,
 * so a person fixing a recipe sees everything wrong at once.
 */
export interface FieldReader {
  readonly problems: Problem[];
  /** A member of `allowed`, or `fallback` when absent. */
  choice<T extends string>(key: string, allowed: readonly T[], fallback: T): T;
  /** An integer in [min, max], or `fallback` when absent. */
  integer(key: string, min: number, max: number, fallback: number): number;
  /** A finite number in (exclusiveMin, ∞), or `fallback` when absent. */
  positive(key: string, fallback: number): number;
  /** A non-empty list of strings (required). */
  strings(key: string): string[];
  /** "auto" (the default), or a whole number ≥ min; `what` says what the number means in the message. */
  integerOrAuto(key: string, min: number, what: string): number | 'auto';
  /** Whether the table has this column; if not, the problem (listing the columns there are) is recorded. */
  column(table: Table, name: string): boolean;
  /** The recipe's `source` (where the data came from), when it has one. */
  source(): { source?: string };
  /** Present as the raw value, for fields with their own rules. */
  raw(key: string): unknown;
  /** Report fields that were never read: a misspelt option must not be silently ignored. */
  rejectUnknown(): void;
}

export function fieldReader(raw: unknown, kind: string): FieldReader {
  const problems: Problem[] = [];
  const obj: Record<string, unknown> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (obj !== raw) problems.push({ code: 'recipe-not-object', message: `A ${kind} recipe must be a JSON object such as {"kind": "${kind}", "columns": [...]}.` });
  const read = new Set<string>(['kind']);
  const bad = (key: string, expected: string): void => {
    problems.push({ code: 'recipe-field', message: `Recipe field '${key}' is ${JSON.stringify(obj[key])}; it must be ${expected}.` });
  };
  return {
    problems,
    choice(key, allowed, fallback) {
      read.add(key);
      const v = obj[key];
      if (v === undefined) return fallback;
      if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as (typeof allowed)[number];
      bad(key, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
      return fallback;
    },
    integer(key, min, max, fallback) {
      read.add(key);
      const v = obj[key];
      if (v === undefined) return fallback;
      if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
      bad(key, `a whole number from ${min} to ${max}`);
      return fallback;
    },
    positive(key, fallback) {
      read.add(key);
      const v = obj[key];
      if (v === undefined) return fallback;
      if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
      bad(key, 'a number greater than 0');
      return fallback;
    },
    strings(key) {
      read.add(key);
      const v = obj[key];
      if (Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string')) return v as string[];
      bad(key, 'a non-empty list of column names');
      return [];
    },
    integerOrAuto(key, min, what) {
      read.add(key);
      const v = obj[key];
      if (v === undefined || v === 'auto') return 'auto';
      if (typeof v === 'number' && Number.isInteger(v) && v >= min) return v;
      bad(key, `"auto" or ${what}`);
      return 'auto';
    },
    column(table, name) {
      try {
        getColumn(table, name);
        return true;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        problems.push(...e.problems);
        return false;
      }
    },
    source() {
      read.add('source');
      return typeof obj.source === 'string' ? { source: obj.source } : {};
    },
    raw(key) {
      read.add(key);
      return obj[key];
    },
    rejectUnknown() {
      for (const key of Object.keys(obj)) {
        if (read.has(key)) continue;
        const near = [...read].find((k) => k.toLowerCase() === key.toLowerCase());
        problems.push({ code: 'recipe-unknown-field', message: `Recipe field '${key}' is not a ${kind} option` + (near ? `; did you mean '${near}'?` : `; the options are ${[...read].filter((k) => k !== 'kind').join(', ')}.`) });
      }
    },
  };
}
