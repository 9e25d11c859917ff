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
}

const NONE = '';

const MODEL_CHOICES = [
  { value: 'logistic', label: 'Logistic regression' },
  { value: 'scorecard', label: 'Scorecard (binned, points per attribute)' },
  { value: 'boosted', label: 'Boosted trees' },
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
  };
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
    model: { kind: o.model },
    threshold: thresholdRecipe(o),
    testSize: o.testPercent / 100,
    folds: o.folds,
    seed: o.seed,
  }),
});
