import type { ReactElement } from 'react';
import { detectRfmColumns } from '../../engine/analyses/rfm/detect-columns';
import { RFM_DEFAULTS, type ColumnRole, type RfmColumns, type TieMethod } from '../../engine/analyses/rfm/recipe';
import type { Table } from '../../engine/table/types';
import { AdvancedOptions, ChoiceField, FormStack, NumberField } from '../form-controls';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The RFM options a person sets: which column plays which role, score levels, tied values, optional clustering. */
export interface RfmOptions {
  readonly columns: RfmColumns;
  readonly bins: number;
  readonly ties: TieMethod;
  readonly clusters: 'off' | 'auto';
  readonly newDays: number;
  readonly activeDays: number;
  readonly atRiskDays: number;
}

/** Roles offered for transactions, in the order a person thinks of them. */
const ROLES: readonly { role: ColumnRole; label: string }[] = [
  { role: 'customer', label: 'Customer' },
  { role: 'date', label: 'Date' },
  { role: 'amount', label: 'Amount' },
  { role: 'quantity', label: 'Quantity (if no amount)' },
  { role: 'price', label: 'Unit price (if no amount)' },
  { role: 'invoice', label: 'Invoice' },
];

const NONE = '';

function RfmForm({ table, options, onChange }: OptionsFormProps<RfmOptions>): ReactElement {
  const set = (patch: Partial<RfmOptions>) => onChange({ ...options, ...patch });
  const choices = [{ value: NONE, label: '(none)' }, ...table.columns.map((c) => ({ value: c.name, label: `${c.name} (${c.type})` }))];
  const setRole = (role: ColumnRole, name: string) => {
    const columns: RfmColumns = { ...options.columns };
    if (name === NONE) delete columns[role];
    else columns[role] = name;
    set({ columns });
  };
  return (
    <FormStack>
      {ROLES.map(({ role, label }) => (
        <ChoiceField<string> key={role} label={`${label} column`} value={options.columns[role] ?? NONE} choices={choices} onChange={(name) => setRole(role, name)} />
      ))}
      <NumberField label="Score levels" hint="5 gives the usual scores from 1 to 5." value={options.bins} min={2} max={10} onChange={(bins) => set({ bins })} />
      <ChoiceField<RfmOptions['clusters']>
        label="Also cluster customers (k-means on R, F, M)"
        value={options.clusters}
        choices={[{ value: 'off', label: 'No' }, { value: 'auto', label: 'Yes, k chosen automatically' }]}
        onChange={(clusters) => set({ clusters })}
      />
      <AdvancedOptions>
        <ChoiceField<TieMethod>
          label="Tied values at a score edge"
          hint="Sharing a score is the rule the live scoring formulas apply to new customers."
          value={options.ties}
          choices={[{ value: 'first-rank', label: 'Split by customer order (pandas rank "first")' }, { value: 'quantile-thresholds', label: 'Share a score (quantile edges)' }]}
          onChange={(ties) => set({ ties })}
        />
        <NumberField label="New customer: first purchase within (days)" value={options.newDays} min={1} max={100_000} onChange={(newDays) => set({ newDays })} />
        <NumberField label="Active: last purchase within (days)" value={options.activeDays} min={1} max={100_000} onChange={(activeDays) => set({ activeDays })} />
        <NumberField label="At risk: last purchase within (days)" value={options.atRiskDays} min={1} max={100_000} onChange={(atRiskDays) => set({ atRiskDays })} />
      </AdvancedOptions>
    </FormStack>
  );
}

/** RFM in the task pane: roles detected from the headers, shown for the person to confirm. */
export const rfmPane = paneAnalysis<RfmOptions>({
  kind: 'rfm',
  title: 'RFM segments',
  description: 'Scores each customer on recency, frequency and monetary value, with named segments and a chart of their revenue.',
  defaults: (table: Table) => ({
    columns: detectRfmColumns(table).columns,
    bins: RFM_DEFAULTS.bins,
    ties: RFM_DEFAULTS.ties,
    clusters: 'off',
    newDays: RFM_DEFAULTS.newDays,
    activeDays: RFM_DEFAULTS.activeDays,
    atRiskDays: RFM_DEFAULTS.atRiskDays,
  }),
  Form: RfmForm,
  recipe: (o) => ({
    kind: 'rfm',
    columns: o.columns,
    bins: o.bins,
    ties: o.ties,
    clusters: o.clusters === 'auto' ? 'auto' : false,
    newDays: o.newDays,
    activeDays: o.activeDays,
    atRiskDays: o.atRiskDays,
  }),
});
