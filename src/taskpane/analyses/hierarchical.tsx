import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { HIERARCHICAL_DEFAULTS, HIERARCHICAL_METRICS } from '../../engine/analyses/hierarchical/recipe';
import { EUCLIDEAN_ONLY_METHODS } from '../../engine/cluster/hierarchical/methods';
import type { HierarchicalMetric, LinkageMethod } from '../../engine/cluster/hierarchical/types';
import type { Table } from '../../engine/table/types';
import { AdvancedOptions, ChoiceField, FormStack, NumberField } from '../form-controls';
import { Log1pSwitch, PrepFields, prepDefaults, prepRecipe, type PrepOptions } from './prep-options';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The hierarchical options a person sets: linkage, metric, where to cut the tree, and the sample for large ranges. */
export interface HierarchicalOptions extends PrepOptions {
  readonly method: LinkageMethod;
  readonly metric: HierarchicalMetric;
  readonly cutMode: 'auto' | 'k' | 'height';
  readonly k: number;
  readonly height: number;
  readonly sampleSize: number;
  readonly seed: number;
}

const METHOD_CHOICES: readonly { value: LinkageMethod; label: string }[] = [
  { value: 'ward', label: 'Ward (compact clusters of similar size)' },
  { value: 'average', label: 'Average' },
  { value: 'complete', label: 'Complete (farthest rows)' },
  { value: 'single', label: 'Single (nearest rows; finds chains)' },
  { value: 'weighted', label: 'Weighted average' },
  { value: 'centroid', label: 'Centroid' },
  { value: 'median', label: 'Median' },
];

const METRIC_LABELS: Record<HierarchicalMetric, string> = {
  euclidean: 'Euclidean',
  sqeuclidean: 'Squared Euclidean',
  manhattan: 'Manhattan (city block)',
  chebyshev: 'Chebyshev (largest difference)',
  mahalanobis: 'Mahalanobis (allows for correlated columns)',
};

function hierarchicalDefaults(table: Table): HierarchicalOptions {
  return {
    ...prepDefaults(table),
    method: HIERARCHICAL_DEFAULTS.method,
    metric: HIERARCHICAL_DEFAULTS.metric,
    cutMode: 'auto',
    k: 4,
    height: 1,
    sampleSize: HIERARCHICAL_DEFAULTS.sampleSize,
    seed: HIERARCHICAL_DEFAULTS.seed,
  };
}

/** Ward, centroid and median linkage merge centroids, so they only take the Euclidean metric (the engine refuses others). */
function metricOf(o: HierarchicalOptions): HierarchicalMetric {
  return EUCLIDEAN_ONLY_METHODS.includes(o.method) ? 'euclidean' : o.metric;
}

function HierarchicalForm({ table, options, onChange }: OptionsFormProps<HierarchicalOptions>): ReactElement {
  const set = (patch: Partial<HierarchicalOptions>) => onChange({ ...options, ...patch });
  const euclideanOnly = EUCLIDEAN_ONLY_METHODS.includes(options.method);
  return (
    <FormStack>
      <PrepFields table={table} options={options} onChange={onChange}>
        <ChoiceField<LinkageMethod> label="Linkage" value={options.method} choices={METHOD_CHOICES} onChange={(method) => set({ method })} />
        <Field label="Cut the tree">
          <RadioGroup value={options.cutMode} onChange={(_event, data) => set({ cutMode: data.value as HierarchicalOptions['cutMode'] })}>
            <Radio value="auto" label="Automatic: at the largest jump in merge height (k from 2 to 10)" />
            <Radio value="k" label="Into a number of clusters" />
            <Radio value="height" label="At a merge height (read off the dendrogram)" />
          </RadioGroup>
        </Field>
        {options.cutMode === 'k' ? <NumberField label="k (clusters)" value={options.k} min={1} max={50} onChange={(k) => set({ k })} /> : null}
        {options.cutMode === 'height' ? <NumberField label="Merge height" value={options.height} min={0.0001} max={1e9} step={0.1} onChange={(height) => set({ height })} /> : null}
      </PrepFields>
      <AdvancedOptions>
        <ChoiceField<HierarchicalMetric>
          label="Distance between rows"
          hint={euclideanOnly ? `${options.method} linkage works on centroids, so it uses the Euclidean distance.` : undefined}
          value={metricOf(options)}
          choices={(euclideanOnly ? (['euclidean'] as const) : HIERARCHICAL_METRICS).map((m) => ({ value: m, label: METRIC_LABELS[m] }))}
          onChange={(metric) => set({ metric })}
        />
        <NumberField label="Tree built on at most (rows)" hint="Above this, the tree is built on a seeded sample and the other rows join the nearest cluster." value={options.sampleSize} min={100} max={1_048_576} onChange={(sampleSize) => set({ sampleSize })} />
        <NumberField label="Seed" hint="The same seed and data give the same sample." value={options.seed} min={0} max={2 ** 31 - 1} onChange={(seed) => set({ seed })} />
        <Log1pSwitch options={options} onChange={onChange} />
      </AdvancedOptions>
    </FormStack>
  );
}

/** Hierarchical clustering in the task pane: linkage, where to cut the tree, and a dendrogram back. */
export const hierarchicalPane = paneAnalysis<HierarchicalOptions>({
  kind: 'hierarchical',
  title: 'Hierarchical clusters',
  description: 'Merges rows into a tree of clusters: a cluster per row, a dendrogram, profiles and validity scores.',
  defaults: hierarchicalDefaults,
  Form: HierarchicalForm,
  recipe: (o) => ({
    kind: 'hierarchical',
    ...prepRecipe(o),
    method: o.method,
    metric: metricOf(o),
    ...(o.cutMode === 'k' ? { k: o.k } : o.cutMode === 'height' ? { height: o.height } : {}),
    sampleSize: o.sampleSize,
    seed: o.seed,
  }),
});
