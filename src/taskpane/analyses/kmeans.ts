import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Radio, RadioGroup, Field, Switch } from '@fluentui/react-components';
import { createElement as h, type ReactElement } from 'react';
import { KMEANS_DEFAULTS } from '../../engine/analyses/kmeans/recipe';
import type { MissingPolicy, Scaling } from '../../engine/prep/types';
import type { Table } from '../../engine/table/types';
import { ChoiceField, ColumnsField, FormStack, NumberField } from '../form-controls';
import { looksLikeId } from './looks-like-id';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The k-means options a person sets; the rest of the recipe keeps the engine's defaults. */
export interface KMeansOptions {
  readonly columns: readonly string[];
  readonly kMode: 'auto' | 'fixed';
  readonly k: number;
  readonly kMax: number;
  readonly scaling: Scaling;
  readonly missing: MissingPolicy;
  readonly log1p: boolean;
  readonly seed: number;
  readonly nInit: number;
}

const SCALING_CHOICES = [
  { value: 'standard', label: 'Standardise (mean 0, sd 1)' },
  { value: 'minmax', label: 'Min–max (0 to 1)' },
  { value: 'robust', label: 'Robust (median, IQR)' },
  { value: 'none', label: 'None (columns already comparable)' },
] as const;

const MISSING_CHOICES = [
  { value: 'drop', label: 'Leave the row out' },
  { value: 'mean', label: 'Fill with the column mean' },
  { value: 'median', label: 'Fill with the column median' },
  { value: 'zero', label: 'Fill with 0' },
] as const;

function kmeansDefaults(table: Table): KMeansOptions {
  const numeric = table.columns.filter((c) => c.type === 'number' && !looksLikeId(c));
  return {
    columns: numeric.map((c) => c.name),
    kMode: 'auto',
    k: 4,
    kMax: KMEANS_DEFAULTS.kMax,
    scaling: KMEANS_DEFAULTS.scaling,
    missing: KMEANS_DEFAULTS.missing,
    log1p: KMEANS_DEFAULTS.log1p,
    seed: KMEANS_DEFAULTS.seed,
    nInit: KMEANS_DEFAULTS.nInit,
  };
}

function KMeansForm({ table, options, onChange }: OptionsFormProps<KMeansOptions>): ReactElement {
  const set = (patch: Partial<KMeansOptions>) => onChange({ ...options, ...patch });
  return h(FormStack, null,
    h(ColumnsField, {
      label: 'Columns to use',
      columns: table.columns.map((c) => ({ name: c.name, detail: c.type })),
      value: options.columns,
      onChange: (columns) => set({ columns }),
    }),
    h(Field, { label: 'Number of clusters' },
      h(RadioGroup, { value: options.kMode, onChange: (_event, data) => set({ kMode: data.value as KMeansOptions['kMode'] }) },
        h(Radio, { value: 'auto', label: 'Automatic: best k from the elbow and silhouette' }),
        h(Radio, { value: 'fixed', label: 'Fixed' }))),
    options.kMode === 'auto'
      ? h(NumberField, { label: 'Try k from 1 to', value: options.kMax, min: 2, max: 50, onChange: (kMax) => set({ kMax }) })
      : h(NumberField, { label: 'k (clusters)', value: options.k, min: 1, max: 50, onChange: (k) => set({ k }) }),
    h(ChoiceField<Scaling>, { label: 'Scaling', value: options.scaling, choices: SCALING_CHOICES, onChange: (scaling) => set({ scaling }) }),
    h(ChoiceField<MissingPolicy>, { label: 'Missing values', value: options.missing, choices: MISSING_CHOICES, onChange: (missing) => set({ missing }) }),
    h(Accordion, { collapsible: true },
      h(AccordionItem, { value: 'advanced' },
        h(AccordionHeader, null, 'Advanced options'),
        h(AccordionPanel, null,
          h(NumberField, { label: 'Seed', hint: 'The same seed and data give the same clusters.', value: options.seed, min: 0, max: 2 ** 31 - 1, onChange: (seed) => set({ seed }) }),
          h(NumberField, { label: 'Restarts per k', value: options.nInit, min: 1, max: 100, onChange: (nInit) => set({ nInit }) }),
          h(Switch, { label: 'Log-transform right-skewed columns', checked: options.log1p, onChange: (_event, data) => set({ log1p: data.checked }) })))));
}

/** k-means in the task pane: columns, k fixed or automatic, scaling, missing values, seed. */
export const kmeansPane = paneAnalysis<KMeansOptions>({
  kind: 'kmeans',
  title: 'k-means clusters',
  description: 'Groups similar rows: a cluster per row, centroids, an elbow chart and validity scores by k.',
  defaults: kmeansDefaults,
  Form: KMeansForm,
  recipe: (o) => ({
    kind: 'kmeans',
    columns: o.columns,
    k: o.kMode === 'auto' ? 'auto' : o.k,
    kMax: o.kMax,
    scaling: o.scaling,
    missing: o.missing,
    log1p: o.log1p,
    seed: o.seed,
    nInit: o.nInit,
  }),
});
