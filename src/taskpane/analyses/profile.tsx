import type { ReactElement } from 'react';
import { PROFILE_DEFAULTS } from '../../engine/analyses/profile/recipe';
import type { CorrelationMethod } from '../../engine/stats/correlation';
import { ChoiceField, FormStack } from '../form-controls';
import { paneAnalysis, type OptionsFormProps } from './types';

/** The profile options a person sets: an optional target to explain and the correlation method. */
export interface ProfileOptions {
  readonly target: string | null;
  readonly correlation: CorrelationMethod;
}

const NONE = '';

function ProfileForm({ table, options, onChange }: OptionsFormProps<ProfileOptions>): ReactElement {
  return (
    <FormStack>
      <ChoiceField<string>
        label="Target to explain (optional)"
        hint="A yes/no column such as churn or default; each column is then related to it."
        value={options.target ?? NONE}
        choices={[{ value: NONE, label: '(none)' }, ...table.columns.map((c) => ({ value: c.name, label: c.name }))]}
        onChange={(target) => onChange({ ...options, target: target === NONE ? null : target })}
      />
      <ChoiceField<CorrelationMethod>
        label="Correlation"
        value={options.correlation}
        choices={[{ value: 'pearson', label: 'Pearson (linear)' }, { value: 'spearman', label: 'Spearman (rank)' }]}
        onChange={(correlation) => onChange({ ...options, correlation })}
      />
    </FormStack>
  );
}

/** A first look at the data: distributions, correlations, suggestions. */
export const profilePane = paneAnalysis<ProfileOptions>({
  kind: 'profile',
  title: 'Data profile',
  description: 'Describes every column (types, missing values, distributions) and how the columns relate.',
  defaults: () => ({ target: PROFILE_DEFAULTS.target, correlation: PROFILE_DEFAULTS.correlation }),
  Form: ProfileForm,
  recipe: (o) => ({ kind: 'profile', columns: 'all', target: o.target, correlation: o.correlation }),
});
