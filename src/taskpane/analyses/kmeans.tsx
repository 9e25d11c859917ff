import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { KMEANS_DEFAULTS } from '../../engine/analyses/kmeans/recipe';
import type { Table } from '../../engine/table/types';
import { AdvancedOptions, FormStack, NumberField } from '../form-controls';
import { Log1pSwitch, PrepFields, prepDefaults, prepRecipe, type PrepOptions } from './prep-options';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The k-means options a person sets; the rest of the recipe keeps the engine's defaults. */
export interface KMeansOptions extends PrepOptions {
  readonly kMode: 'auto' | 'fixed';
  readonly k: number;
  readonly kMax: number;
  readonly seed: number;
  readonly nInit: number;
}

function kmeansDefaults(table: Table): KMeansOptions {
  return { ...prepDefaults(table), kMode: 'auto', k: 4, kMax: KMEANS_DEFAULTS.kMax, seed: KMEANS_DEFAULTS.seed, nInit: KMEANS_DEFAULTS.nInit };
}

function KMeansForm({ table, options, onChange }: OptionsFormProps<KMeansOptions>): ReactElement {
  const set = (patch: Partial<KMeansOptions>) => onChange({ ...options, ...patch });
  return (
    <FormStack>
      <PrepFields table={table} options={options} onChange={onChange}>
        <Field label="Number of clusters">
          <RadioGroup value={options.kMode} onChange={(_event, data) => set({ kMode: data.value as KMeansOptions['kMode'] })}>
            <Radio value="auto" label="Automatic: best k from the elbow and silhouette" />
            <Radio value="fixed" label="Fixed" />
          </RadioGroup>
        </Field>
        {options.kMode === 'auto'
          ? <NumberField label="Try k from 1 to" value={options.kMax} min={2} max={50} onChange={(kMax) => set({ kMax })} />
          : <NumberField label="k (clusters)" value={options.k} min={1} max={50} onChange={(k) => set({ k })} />}
      </PrepFields>
      <AdvancedOptions>
        <NumberField label="Seed" hint="The same seed and data give the same clusters." value={options.seed} min={0} max={2 ** 31 - 1} onChange={(seed) => set({ seed })} />
        <NumberField label="Restarts per k" value={options.nInit} min={1} max={100} onChange={(nInit) => set({ nInit })} />
        <Log1pSwitch options={options} onChange={onChange} />
      </AdvancedOptions>
    </FormStack>
  );
}

/** k-means in the task pane: columns, k fixed or automatic, scaling, missing values, seed. */
export const kmeansPane = paneAnalysis<KMeansOptions>({
  kind: 'kmeans',
  title: 'k-means clusters',
  description: 'Groups similar rows: a cluster per row, centroids, an elbow chart and validity scores by k.',
  defaults: kmeansDefaults,
  Form: KMeansForm,
  recipe: (o) => ({ kind: 'kmeans', ...prepRecipe(o), k: o.kMode === 'auto' ? 'auto' : o.k, kMax: o.kMax, seed: o.seed, nInit: o.nInit }),
});
