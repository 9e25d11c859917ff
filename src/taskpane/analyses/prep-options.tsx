import { Switch } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { PREP_DEFAULTS } from '../../engine/recipe/prep-fields';
import type { MissingPolicy, Scaling } from '../../engine/prep/types';
import type { Table } from '../../engine/table/types';
import { ChoiceField, ColumnsField } from '../form-controls';
import { looksLikeId } from './looks-like-id';

/** How the clustering analyses (k-means, hierarchical, DBSCAN) prepare their columns; the engine's PrepFields as a person sets them. */
export interface PrepOptions {
  readonly columns: readonly string[];
  readonly scaling: Scaling;
  readonly missing: MissingPolicy;
  readonly log1p: boolean;
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

/**
 * The columns a clustering starts from: the numeric measurements, not identifiers (clustering on an ID
 * groups rows by when they were entered) and not text.
 * @example prepDefaults(mallCustomers).columns // ['Age', 'Annual Income (k$)', 'Spending Score (1-100)']
 */
export function prepDefaults(table: Table): PrepOptions {
  return {
    columns: table.columns.filter((c) => c.type === 'number' && !looksLikeId(c)).map((c) => c.name),
    scaling: PREP_DEFAULTS.scaling,
    missing: PREP_DEFAULTS.missing,
    log1p: PREP_DEFAULTS.log1p,
  };
}

/** The recipe fields of prepared columns, as every clustering recipe spells them. */
export function prepRecipe(o: PrepOptions): PrepOptions {
  return { columns: o.columns, scaling: o.scaling, missing: o.missing, log1p: o.log1p };
}

/**
 * Columns to use, scaling and missing values: the fields every clustering form shares, with the analysis's
 * own main fields (`children`, such as the number of clusters) between the columns and the scaling.
 */
export function PrepFields<O extends PrepOptions>({ table, options, onChange, children }: { table: Table; options: O; onChange: (options: O) => void; children?: ReactNode }): ReactElement {
  return (
    <>
      <ColumnsField label="Columns to use" columns={table.columns.map((c) => ({ name: c.name, detail: c.type }))} value={options.columns} onChange={(columns) => onChange({ ...options, columns })} />
      {children}
      <ChoiceField<Scaling> label="Scaling" value={options.scaling} choices={SCALING_CHOICES} onChange={(scaling) => onChange({ ...options, scaling })} />
      <ChoiceField<MissingPolicy> label="Missing values" value={options.missing} choices={MISSING_CHOICES} onChange={(missing) => onChange({ ...options, missing })} />
    </>
  );
}

/** The log-transform switch, which lives among a form's advanced options. */
export function Log1pSwitch<O extends PrepOptions>({ options, onChange }: { options: O; onChange: (options: O) => void }): ReactElement {
  return <Switch label="Log-transform right-skewed columns" checked={options.log1p} onChange={(_event, data) => onChange({ ...options, log1p: data.checked })} />;
}
