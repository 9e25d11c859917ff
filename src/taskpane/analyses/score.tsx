import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { SCORE_DEFAULTS } from '../../engine/analyses/score/recipe';
import { idLikeColumns } from '../../engine/analyses/score/row-key';
import type { Table } from '../../engine/table/types';
import { AdvancedOptions, ChoiceField, ColumnsField, FormStack, NumberField } from '../form-controls';
import { detectedPositive, guessTarget, twoValues } from './guess-target';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The credit-scoring options a person sets; the rest of the recipe keeps the engine's defaults. */
export interface ScoreOptions {
  /** '' until a target is chosen. */
  readonly target: string;
  /** The value that means a default; null: the one the engine detects (1, yes, bad, default, true). */
  readonly positive: string | null;
  readonly features: readonly string[];
  readonly model: 'logistic' | 'scorecard' | 'boosted';
  readonly thresholdMode: 'fixed' | 'youden' | 'cost';
  readonly threshold: number;
  readonly costRatio: number;
  readonly testPercent: number;
  readonly folds: number;
  readonly seed: number;
  /** Logistic regression and boosted trees: weigh the classes equally, or defaults as much as all non-defaults together. */
  readonly classWeight: 'none' | 'balanced';
  /** Logistic regression and scorecard: L2 with strength C, or none (standard errors and p-values). */
  readonly penalty: 'l2' | 'none';
  readonly C: number;
  /** Scorecard: bins per feature and the points scale. */
  readonly bins: number;
  readonly baseScore: number;
  readonly baseOdds: number;
  readonly pdo: number;
  /** Boosted trees. */
  readonly learningRate: number;
  readonly maxIter: number;
}

const NONE = '';

const MODEL_CHOICES = [
  { value: 'logistic', label: 'Logistic regression' },
  { value: 'scorecard', label: 'Scorecard (binned, points per attribute)' },
  { value: 'boosted', label: 'Boosted trees' },
] as const;

const CLASS_WEIGHT_CHOICES = [
  { value: 'none', label: 'Every row counts the same' },
  { value: 'balanced', label: 'Balanced: defaults count as much as all other rows' },
] as const;

const PENALTY_CHOICES = [
  { value: 'l2', label: 'L2 (shrinks coefficients; C below)' },
  { value: 'none', label: 'None (gives standard errors and p-values)' },
] as const;

const THRESHOLD_CHOICES = [
  { value: 'fixed', label: 'A fixed probability' },
  { value: 'youden', label: 'Best balance of hits and false alarms (Youden)' },
  { value: 'cost', label: 'From the cost of a missed default' },
] as const;

/** Every column but the target and row identifiers, which name rows rather than describe them. */
function defaultFeatures(table: Table, target: string): string[] {
  const ids = idLikeColumns(table);
  return table.columns.map((c) => c.name).filter((name) => name !== target && !ids.includes(name));
}

function scoreDefaults(table: Table): ScoreOptions {
  const target = guessTarget(table) ?? NONE;
  return {
    target,
    positive: null,
    features: defaultFeatures(table, target),
    model: SCORE_DEFAULTS.logistic.kind,
    thresholdMode: SCORE_DEFAULTS.threshold.kind,
    threshold: SCORE_DEFAULTS.threshold.value,
    costRatio: 5,
    testPercent: SCORE_DEFAULTS.testSize * 100,
    folds: SCORE_DEFAULTS.folds,
    seed: SCORE_DEFAULTS.seed,
    classWeight: SCORE_DEFAULTS.logistic.classWeight,
    penalty: 'l2',
    C: SCORE_DEFAULTS.logistic.C,
    bins: SCORE_DEFAULTS.scorecard.bins,
    baseScore: SCORE_DEFAULTS.scorecard.baseScore,
    baseOdds: SCORE_DEFAULTS.scorecard.baseOdds,
    pdo: SCORE_DEFAULTS.scorecard.pdo,
    learningRate: SCORE_DEFAULTS.boosted.learningRate,
    maxIter: SCORE_DEFAULTS.boosted.maxIter,
  };
}

/** The model part of the recipe: the options that apply to the chosen model, the others left out. */
export function modelRecipe(o: ScoreOptions): Record<string, unknown> {
  const C = o.penalty === 'none' ? null : o.C;
  switch (o.model) {
    case 'logistic':
      return { kind: 'logistic', C, classWeight: o.classWeight };
    case 'scorecard':
      return { kind: 'scorecard', C, bins: o.bins, baseScore: o.baseScore, baseOdds: o.baseOdds, pdo: o.pdo };
    case 'boosted':
      return { kind: 'boosted', classWeight: o.classWeight, learningRate: o.learningRate, maxIter: o.maxIter };
    default: {
      const unknown: never = o.model;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Options of the chosen model, in the advanced fold. */
function ModelOptions({ options, set }: { options: ScoreOptions; set: (patch: Partial<ScoreOptions>) => void }): ReactElement {
  const { model } = options;
  return (
    <>
      {model !== 'scorecard'
        ? <ChoiceField<ScoreOptions['classWeight']> label="Class weights" hint="Balanced helps when defaults are rare; PDs then read higher than the default rate." value={options.classWeight} choices={CLASS_WEIGHT_CHOICES} onChange={(classWeight) => set({ classWeight })} />
        : null}
      {model !== 'boosted'
        ? <ChoiceField<ScoreOptions['penalty']> label="Penalty" value={options.penalty} choices={PENALTY_CHOICES} onChange={(penalty) => set({ penalty })} />
        : null}
      {model !== 'boosted' && options.penalty === 'l2'
        ? <NumberField label="C (smaller shrinks more)" value={options.C} min={0.0001} max={10000} step={0.1} onChange={(C) => set({ C })} />
        : null}
      {model === 'scorecard'
        ? (
          <>
            <NumberField label="Bins per feature" value={options.bins} min={2} max={20} onChange={(bins) => set({ bins })} />
            <NumberField label="Points at the base odds" value={options.baseScore} min={1} max={10000} step={10} onChange={(baseScore) => set({ baseScore })} />
            <NumberField label="Base odds (good : bad)" value={options.baseOdds} min={0.01} max={10000} onChange={(baseOdds) => set({ baseOdds })} />
            <NumberField label="Points to double the odds" value={options.pdo} min={1} max={1000} step={5} onChange={(pdo) => set({ pdo })} />
          </>
        )
        : null}
      {model === 'boosted'
        ? (
          <>
            <NumberField label="Learning rate" value={options.learningRate} min={0.001} max={1} step={0.05} onChange={(learningRate) => set({ learningRate })} />
            <NumberField label="Most trees (early stopping may use fewer)" value={options.maxIter} min={1} max={10000} step={50} onChange={(maxIter) => set({ maxIter })} />
          </>
        )
        : null}
    </>
  );
}

/** Which value is the default: offered only once the target has two values; asked outright when the names do not tell. */
function PositiveField({ table, options, onChange }: OptionsFormProps<ScoreOptions>): ReactElement | null {
  const values = options.target === NONE ? null : twoValues(table, options.target);
  if (!values) return null;
  const detected = detectedPositive(table, options.target);
  const label = 'Which value is a default (the event to predict)?';
  const choices = values.map((v) => ({ value: v, label: v === detected ? `${v} (detected)` : v }));
  if (detected === null && options.positive === null) {
    return (
      <ChoiceField<string>
        label={label}
        hint={`The values ${values.join(' and ')} do not say which one is the event; choose it.`}
        value={NONE}
        choices={[{ value: NONE, label: '(choose)' }, ...choices]}
        onChange={(positive) => onChange({ ...options, positive: positive === NONE ? null : positive })}
      />
    );
  }
  return <ChoiceField<string> label={label} value={options.positive ?? detected ?? NONE} choices={choices} onChange={(positive) => onChange({ ...options, positive: positive === detected ? null : positive })} />;
}

function ScoreForm({ table, options, onChange }: OptionsFormProps<ScoreOptions>): ReactElement {
  const set = (patch: Partial<ScoreOptions>) => onChange({ ...options, ...patch });
  const setTarget = (target: string) => set({ target, positive: null, features: defaultFeatures(table, target) });
  return (
    <FormStack>
      <ChoiceField<string>
        label="Target (the outcome to predict)"
        value={options.target}
        choices={[{ value: NONE, label: '(choose a column)' }, ...table.columns.map((c) => ({ value: c.name, label: twoValues(table, c.name) ? `${c.name} (two values)` : c.name }))]}
        onChange={setTarget}
      />
      {options.target === NONE
        ? <MessageBar intent="info"><MessageBarBody>No column looks like a yes/no outcome; choose the column that says whether each row defaulted.</MessageBarBody></MessageBar>
        : null}
      <PositiveField table={table} options={options} onChange={onChange} />
      <ColumnsField
        label="Features (columns the score uses)"
        columns={table.columns.filter((c) => c.name !== options.target).map((c) => ({ name: c.name, detail: c.type }))}
        value={options.features}
        onChange={(features) => set({ features })}
      />
      <ChoiceField<ScoreOptions['model']> label="Model" value={options.model} choices={MODEL_CHOICES} onChange={(model) => set({ model })} />
      <ChoiceField<ScoreOptions['thresholdMode']> label="Predict a default above" value={options.thresholdMode} choices={THRESHOLD_CHOICES} onChange={(thresholdMode) => set({ thresholdMode })} />
      {options.thresholdMode === 'fixed' ? <NumberField label="Probability of default" value={options.threshold} min={0.01} max={0.99} step={0.05} onChange={(threshold) => set({ threshold })} /> : null}
      {options.thresholdMode === 'cost' ? <NumberField label="A missed default costs as much as (false alarms)" value={options.costRatio} min={0.1} max={1000} step={1} onChange={(costRatio) => set({ costRatio })} /> : null}
      <AdvancedOptions>
        <ModelOptions options={options} set={set} />
        <NumberField label="Rows held out for testing (%)" value={options.testPercent} min={5} max={50} onChange={(testPercent) => set({ testPercent })} />
        <NumberField label="Cross-validation folds" value={options.folds} min={2} max={20} onChange={(folds) => set({ folds })} />
        <NumberField label="Seed" hint="The same seed and data give the same split and scores." value={options.seed} min={0} max={2 ** 31 - 1} onChange={(seed) => set({ seed })} />
      </AdvancedOptions>
    </FormStack>
  );
}

function thresholdRecipe(o: ScoreOptions): number | 'youden' | { costRatio: number } {
  switch (o.thresholdMode) {
    case 'fixed':
      return o.threshold;
    case 'youden':
      return 'youden';
    case 'cost':
      return { costRatio: o.costRatio };
    default: {
      const unknown: never = o.thresholdMode;
      throw new Error(`unknown threshold ${String(unknown)}`);
    }
  }
}

/** Credit scoring in the task pane: the target and its default value guessed from the table, shown for the person to confirm. */
export const scorePane = paneAnalysis<ScoreOptions>({
  kind: 'score',
  title: 'Credit default score',
  description: 'Scores each row’s probability of default, with cross-validated AUC, Gini and KS, a ROC chart, a confusion matrix and the features that matter.',
  defaults: scoreDefaults,
  Form: ScoreForm,
  recipe: (o) => ({
    kind: 'score',
    target: o.target,
    ...(o.positive === null ? {} : { positive: o.positive }),
    features: o.features,
    model: modelRecipe(o),
    threshold: thresholdRecipe(o),
    testSize: o.testPercent / 100,
    folds: o.folds,
    seed: o.seed,
  }),
});
