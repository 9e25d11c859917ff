import { MAX_CATEGORIES } from '../../prep/types';
import { LOG1P_SKEW } from '../../stats/describe';
import { pairInWords } from './correlations';
import type { ColumnProfile, CorrelationResult, Suggestion, TargetProfile } from './result';

/** |r| at or above which two columns carry mostly the same information. */
export const STRONG_CORRELATION = 0.8;

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/**
 * What a person might do before modelling, stated as suggestions: the data decides nothing on its own.
 * Order: columns to drop, transforms, correlated pairs, high-cardinality text, then target leakage.
 */
export function suggest(profiles: readonly ColumnProfile[], correlation: CorrelationResult | null, target: TargetProfile | null): Suggestion[] {
  const out: Suggestion[] = [];
  for (const p of profiles) {
    if (p.name === target?.column) continue;
    const why = p.flags.includes('empty') ? 'it is blank in every row'
      : p.flags.includes('constant') ? `it holds one value only, so it cannot tell rows apart`
      : p.flags.includes('identifier') ? 'it is unique per row, an identifier rather than a feature'
      : p.flags.includes('mostly-missing') ? `${percent(1 - p.count / (p.count + p.missing + p.errors + p.unusable))} of it is blank or unusable`
      : null;
    if (why) out.push({ code: 'drop-column', columns: [p.name], message: `Consider leaving out '${p.name}': ${why}.` });
  }
  for (const p of profiles) {
    const s = p.numbers;
    if (s && p.flags.length === 0 && s.min >= 0 && s.skew > LOG1P_SKEW) {
      out.push({ code: 'log1p', columns: [p.name], message: `'${p.name}' is right-skewed (skewness ${s.skew.toFixed(2)}) and never negative: log1p would make it more symmetric before clustering or scaling.` });
    }
  }
  for (const pair of correlation?.strongest ?? []) {
    if (Math.abs(pair.r) < STRONG_CORRELATION) break;
    out.push({ code: 'correlated-pair', columns: [pair.a, pair.b], message: `${pairInWords(pair)}. They carry much the same information: consider keeping one of them for clustering.` });
  }
  for (const p of profiles) {
    if (p.type === 'text' && p.distinct > MAX_CATEGORIES && !p.flags.includes('identifier') && p.name !== target?.column) {
      out.push({ code: 'too-many-levels', columns: [p.name], message: `'${p.name}' has ${p.distinct.toLocaleString('en-US')} different values, too many for one-hot encoding: group the rare ones or leave it out.` });
    }
  }
  for (const r of target?.relations ?? []) {
    if (r.strength === 'suspicious') {
      out.push({ code: 'check-leakage', columns: [r.column], message: `'${r.column}' predicts '${target?.column}' suspiciously well (information value ${r.informationValue.toFixed(2)}): check that it is known before the outcome, not a consequence of it.` });
    }
  }
  return out;
}
