import type { Problem } from '../../problem';
import { fieldReader } from '../../recipe/fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import type { Table } from '../../table/types';
import type { DesignScaling, MissingPolicy, OneHotPolicy } from './design';
import type { ModelSpec } from './model';
import { idLikeColumns } from './row-key';
import type { ThresholdSpec } from './threshold';

/** Everything needed to reproduce a credit-scoring run; validation fills in every default so the stored recipe is explicit. */
export interface ScoreRecipe extends RecipeBase {
  readonly kind: 'score';
  readonly target: string;
  /** The target value that is the event (a default); null: detected (1, yes, bad, default, true). */
  readonly positive: string | null;
  readonly features: readonly string[];
  /** An ID-like column shown beside each score; null when there is none. */
  readonly rowKey: string | null;
  readonly missing: MissingPolicy;
  readonly oneHot: OneHotPolicy;
  readonly scaling: DesignScaling;
  /** Data rows (0-based) held out for testing; null: a stratified split of testSize. */
  readonly testRows: readonly number[] | null;
  readonly testSize: number;
  readonly folds: number;
  readonly seed: number;
  readonly model: ModelSpec;
  readonly threshold: ThresholdSpec;
}

export const SCORE_DEFAULTS = {
  missing: 'median-indicator',
  oneHot: 'all-levels',
  scaling: 'standard',
  testSize: 0.2,
  folds: 5,
  seed: 0,
  logistic: { kind: 'logistic', C: 1, classWeight: 'none' },
  scorecard: { kind: 'scorecard', bins: 5, C: 1, baseScore: 600, baseOdds: 19, pdo: 50 },
  boosted: { kind: 'boosted', learningRate: 0.1, maxIter: 100, maxLeafNodes: 31, l2Regularization: 0, classWeight: 'none' },
  threshold: { kind: 'fixed', value: 0.5 },
} as const;

/**
 * Check a raw score recipe against the table. Features default to every column but the target and ID-like
 * columns (unique per row), the first of which becomes the row key.
 * @example validateScore({ kind: 'score', target: 'Status' }, table) // { ok: true, recipe: { features: [...], model: { kind: 'logistic', C: 1, … } } }
 */
export function validateScore(raw: unknown, table: Table): Validated<ScoreRecipe> {
  const f = fieldReader(raw, 'score');
  const problems: Problem[] = f.problems;
  const target = f.raw('target');
  const present = (name: string): boolean => f.column(table, name);
  if (typeof target !== 'string') problems.push({ code: 'recipe-field', message: `Recipe field 'target' is ${JSON.stringify(target)}; it must name the column holding the outcome (such as "default.payment.next.month").` });
  else present(target);
  const positiveRaw = f.raw('positive');
  let positive: string | null = null;
  if (typeof positiveRaw === 'string' || typeof positiveRaw === 'number') positive = String(positiveRaw);
  else if (typeof positiveRaw === 'boolean') positive = positiveRaw ? 'TRUE' : 'FALSE';
  else if (positiveRaw !== undefined && positiveRaw !== null) problems.push({ code: 'recipe-field', message: `Recipe field 'positive' is ${JSON.stringify(positiveRaw)}; it must be the target value that means a default, such as "bad" or 1.` });

  const ids = idLikeColumns(table);
  const rowKeyRaw = f.raw('rowKey');
  let rowKey: string | null = ids.find((c) => c !== target) ?? null;
  if (typeof rowKeyRaw === 'string') rowKey = present(rowKeyRaw) ? rowKeyRaw : null;
  else if (rowKeyRaw === null) rowKey = null;
  else if (rowKeyRaw !== undefined) problems.push({ code: 'recipe-field', message: `Recipe field 'rowKey' is ${JSON.stringify(rowKeyRaw)}; it must name a column or be null.` });

  const featuresRaw = f.raw('features');
  let features: string[];
  if (featuresRaw === undefined) {
    features = table.columns.map((c) => c.name).filter((name) => name !== target && !ids.includes(name) && name !== rowKey);
  } else {
    features = f.strings('features');
    features.forEach(present);
    if (typeof target === 'string' && features.includes(target)) problems.push({ code: 'target-is-feature', column: target, message: `Column '${target}' is the target, so it cannot also be a feature; remove it from 'features'.` });
    const twice = features.find((name, i) => features.indexOf(name) !== i);
    if (twice !== undefined) problems.push({ code: 'duplicate-column', column: twice, message: `Column '${twice}' is listed twice in 'features'; list each column once.` });
  }
  if (features.length === 0) problems.push({ code: 'no-features', message: 'There is no column left to score with besides the target and ID-like columns; add feature columns to the selection.' });

  const source = f.raw('source');
  const recipe: ScoreRecipe = {
    kind: 'score',
    ...(typeof source === 'string' ? { source } : {}),
    target: typeof target === 'string' ? target : '',
    positive,
    features,
    rowKey,
    missing: f.choice('missing', ['median-indicator', 'median', 'zero'], SCORE_DEFAULTS.missing),
    oneHot: f.choice('oneHot', ['all-levels', 'drop-first'], SCORE_DEFAULTS.oneHot),
    scaling: f.choice('scaling', ['standard', 'none'], SCORE_DEFAULTS.scaling),
    testRows: readTestRows(f.raw('testRows'), table.rowCount, problems),
    testSize: readShare(f.raw('testSize'), problems),
    folds: f.integer('folds', 2, 20, SCORE_DEFAULTS.folds),
    seed: f.integer('seed', 0, 2 ** 32 - 1, SCORE_DEFAULTS.seed),
    model: readModel(f.raw('model'), problems),
    threshold: readThreshold(f.raw('threshold'), problems),
  };
  f.rejectUnknown();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}

function readTestRows(raw: unknown, rowCount: number, problems: Problem[]): number[] | null {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'testRows' is ${JSON.stringify(raw).slice(0, 40)}; it must be a non-empty list of data row numbers (0 = first row below the header).` });
    return null;
  }
  const bad = raw.find((r) => !(Number.isInteger(r) && (r as number) >= 0 && (r as number) < rowCount));
  if (bad !== undefined) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'testRows' holds ${JSON.stringify(bad)}; every test row must be a whole number from 0 to ${rowCount - 1} (the selection has ${rowCount} data rows).` });
    return null;
  }
  const rows = raw as number[];
  if (new Set(rows).size !== rows.length) problems.push({ code: 'recipe-field', message: "Recipe field 'testRows' lists a row twice; list each test row once." });
  if (new Set(rows).size >= rowCount) problems.push({ code: 'recipe-field', message: "Recipe field 'testRows' holds every row, which leaves nothing to train on; hold out a part only." });
  return rows;
}

function readShare(raw: unknown, problems: Problem[]): number {
  if (raw === undefined) return SCORE_DEFAULTS.testSize;
  if (typeof raw === 'number' && raw > 0 && raw < 1) return raw;
  problems.push({ code: 'recipe-field', message: `Recipe field 'testSize' is ${JSON.stringify(raw)}; it must be the share of rows held out for testing, between 0 and 1 (such as 0.2).` });
  return SCORE_DEFAULTS.testSize;
}

function readC(raw: unknown, problems: Problem[]): number | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || (typeof raw === 'number' && raw > 0 && Number.isFinite(raw))) return raw;
  problems.push({ code: 'recipe-field', message: `Model field 'C' is ${JSON.stringify(raw)}; it must be a positive number (smaller shrinks more; 1 is usual) or null for no penalty.` });
  return undefined;
}

function readModel(raw: unknown, problems: Problem[]): ModelSpec {
  if (raw === undefined) return SCORE_DEFAULTS.logistic;
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind !== 'logistic' && kind !== 'scorecard' && kind !== 'boosted') {
    problems.push({ code: 'recipe-field', message: `Recipe field 'model' is ${JSON.stringify(raw)}; it must be {"kind": "logistic", "C": 1}, {"kind": "scorecard"} or {"kind": "boosted"}.` });
    return SCORE_DEFAULTS.logistic;
  }
  const m = fieldReader(raw, 'model');
  let spec: ModelSpec;
  if (kind === 'logistic') {
    const C = readC(m.raw('C'), problems);
    spec = { kind: 'logistic', C: C === undefined ? SCORE_DEFAULTS.logistic.C : C, classWeight: m.choice('classWeight', ['none', 'balanced'], SCORE_DEFAULTS.logistic.classWeight) };
  } else if (kind === 'boosted') {
    const d = SCORE_DEFAULTS.boosted;
    const l2 = m.raw('l2Regularization');
    if (l2 !== undefined && !(typeof l2 === 'number' && l2 >= 0 && Number.isFinite(l2))) problems.push({ code: 'recipe-field', message: `Model field 'l2Regularization' is ${JSON.stringify(l2)}; it must be a number ≥ 0 (0 means none).` });
    spec = {
      kind: 'boosted', learningRate: m.positive('learningRate', d.learningRate), maxIter: m.integer('maxIter', 1, 10_000, d.maxIter), maxLeafNodes: m.integer('maxLeafNodes', 2, 1024, d.maxLeafNodes),
      l2Regularization: typeof l2 === 'number' && l2 >= 0 ? l2 : d.l2Regularization, classWeight: m.choice('classWeight', ['none', 'balanced'], d.classWeight),
    };
  } else {
    const d = SCORE_DEFAULTS.scorecard;
    const C = readC(m.raw('C'), problems);
    spec = { kind: 'scorecard', bins: m.integer('bins', 2, 20, d.bins), C: C === undefined ? d.C : C, baseScore: m.positive('baseScore', d.baseScore), baseOdds: m.positive('baseOdds', d.baseOdds), pdo: m.positive('pdo', d.pdo) };
  }
  m.rejectUnknown();
  problems.push(...m.problems);
  return spec;
}

function readThreshold(raw: unknown, problems: Problem[]): ThresholdSpec {
  if (raw === undefined) return SCORE_DEFAULTS.threshold;
  if (typeof raw === 'number' && raw > 0 && raw < 1) return { kind: 'fixed', value: raw };
  if (raw === 'youden') return { kind: 'youden' };
  const ratio = (raw as { costRatio?: unknown } | null)?.costRatio;
  if (typeof ratio === 'number' && ratio > 0 && Number.isFinite(ratio) && Object.keys(raw as object).length === 1) return { kind: 'cost', ratio };
  const spec = raw as ThresholdSpec;
  if (spec?.kind === 'fixed' && spec.value > 0 && spec.value < 1) return { kind: 'fixed', value: spec.value };
  if (spec?.kind === 'youden') return { kind: 'youden' };
  if (spec?.kind === 'cost' && spec.ratio > 0 && Number.isFinite(spec.ratio)) return { kind: 'cost', ratio: spec.ratio };
  problems.push({ code: 'recipe-field', message: `Recipe field 'threshold' is ${JSON.stringify(raw)}; it must be a probability between 0 and 1 (such as 0.5), "youden", or {"costRatio": 5} (a missed default costs 5 false alarms).` });
  return SCORE_DEFAULTS.threshold;
}
