import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { DBSCAN_DEFAULTS, DBSCAN_METRICS } from '../../engine/analyses/dbscan/recipe';
import type { DbscanMetric } from '../../engine/cluster/dbscan';
import type { Table } from '../../engine/table/types';
import { AdvancedOptions, ChoiceField, FormStack, NumberField } from '../form-controls';
import { Log1pSwitch, PrepFields, prepDefaults, prepRecipe, type PrepOptions } from './prep-options';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The DBSCAN options a person sets: the neighbourhood radius and size, each automatic or given, and the metric. */
export interface DbscanOptions extends PrepOptions {
  readonly epsMode: 'auto' | 'fixed';
  readonly eps: number;
  readonly minPtsMode: 'auto' | 'fixed';
  readonly minPts: number;
  readonly metric: DbscanMetric;
  readonly seed: number;
}

const METRIC_LABELS: Record<DbscanMetric, string> = { euclidean: 'Euclidean', manhattan: 'Manhattan (city block)' };

function dbscanDefaults(table: Table): DbscanOptions {
  return { ...prepDefaults(table), epsMode: 'auto', eps: 0.5, minPtsMode: 'auto', minPts: 5, metric: DBSCAN_DEFAULTS.metric, seed: DBSCAN_DEFAULTS.seed };
}

function DbscanForm({ table, options, onChange }: OptionsFormProps<DbscanOptions>): ReactElement {
  const set = (patch: Partial<DbscanOptions>) => onChange({ ...options, ...patch });
  return (
    <FormStack>
      <PrepFields table={table} options={options} onChange={onChange}>
        <Field label="Neighbourhood radius (eps)">
          <RadioGroup value={options.epsMode} onChange={(_event, data) => set({ epsMode: data.value as DbscanOptions['epsMode'] })}>
            <Radio value="auto" label="Automatic: where the k-distance curve bends" />
            <Radio value="fixed" label="Given (in scaled units)" />
          </RadioGroup>
        </Field>
        {options.epsMode === 'fixed' ? <NumberField label="eps" value={options.eps} min={0.0001} max={1e9} step={0.05} onChange={(eps) => set({ eps })} /> : null}
        <Field label="Rows needed for a dense neighbourhood (minPts)">
          <RadioGroup value={options.minPtsMode} onChange={(_event, data) => set({ minPtsMode: data.value as DbscanOptions['minPtsMode'] })}>
            <Radio value="auto" label="Automatic: the number of columns + 1, at least 4" />
            <Radio value="fixed" label="Given" />
          </RadioGroup>
        </Field>
        {options.minPtsMode === 'fixed' ? <NumberField label="minPts" hint="Counts the row itself." value={options.minPts} min={1} max={1000} onChange={(minPts) => set({ minPts })} /> : null}
      </PrepFields>
      <AdvancedOptions>
        <ChoiceField<DbscanMetric> label="Distance between rows" value={options.metric} choices={DBSCAN_METRICS.map((m) => ({ value: m, label: METRIC_LABELS[m] }))} onChange={(metric) => set({ metric })} />
        <NumberField label="Seed" hint="Drives the sample the silhouette is estimated on for large ranges." value={options.seed} min={0} max={2 ** 31 - 1} onChange={(seed) => set({ seed })} />
        <Log1pSwitch options={options} onChange={onChange} />
      </AdvancedOptions>
    </FormStack>
  );
}

/** DBSCAN in the task pane: dense groups of any shape, and the rows that belong to none (noise). */
export const dbscanPane = paneAnalysis<DbscanOptions>({
  kind: 'dbscan',
  title: 'DBSCAN (density) clusters',
  description: 'Finds dense groups of any shape and marks outlying rows as noise: a cluster per row and a k-distance chart to tune the radius.',
  defaults: dbscanDefaults,
  Form: DbscanForm,
  recipe: (o) => ({
    kind: 'dbscan',
    ...prepRecipe(o),
    eps: o.epsMode === 'auto' ? 'auto' : o.eps,
    minPts: o.minPtsMode === 'auto' ? 'auto' : o.minPts,
    metric: o.metric,
    seed: o.seed,
  }),
});
