/**
 * Labelled controls the options forms share, built on Fluent UI. Every control has a visible label tied to
 * it (Field does the wiring), so screen readers and keyboard users meet the same form.
 */
import { Checkbox, Field, Label, Select, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h, useId, type ReactElement, type ReactNode } from 'react';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { display: 'flex', flexDirection: 'column', maxHeight: '180px', overflowY: 'auto' },
});

/** A whole number in [min, max], typed or stepped. */
export function NumberField(props: { label: string; value: number; min: number; max: number; hint?: string; onChange: (value: number) => void }): ReactElement {
  return h(Field, { label: props.label, ...(props.hint ? { hint: props.hint } : {}) },
    h(SpinButton, {
      value: props.value,
      min: props.min,
      max: props.max,
      onChange: (_event, data) => {
        const value = data.value ?? Number(data.displayValue);
        if (Number.isInteger(value)) props.onChange(Math.min(props.max, Math.max(props.min, value)));
      },
    }));
}

/** One choice from a short list, as a native select (fast from the keyboard: type the first letter). */
export function ChoiceField<T extends string>(props: { label: string; value: T; choices: readonly { value: T; label: string }[]; hint?: string; onChange: (value: T) => void }): ReactElement {
  return h(Field, { label: props.label, ...(props.hint ? { hint: props.hint } : {}) },
    h(Select, { value: props.value, onChange: (_event, data) => props.onChange(data.value as T) },
      props.choices.map((c) => h('option', { key: c.value, value: c.value }, c.label))));
}

/** Several columns ticked from the selection's columns, in sheet order. */
export function ColumnsField(props: { label: string; columns: readonly { name: string; detail: string }[]; value: readonly string[]; onChange: (value: string[]) => void }): ReactElement {
  const styles = useStyles();
  const labelId = useId();
  const chosen = new Set(props.value);
  const toggle = (name: string, on: boolean) => props.onChange(props.columns.map((c) => c.name).filter((n) => (n === name ? on : chosen.has(n))));
  return h('div', { className: styles.group, role: 'group', 'aria-labelledby': labelId },
    h(Label, { id: labelId }, props.label),
    h('div', { className: styles.list },
      props.columns.map((c) => h(Checkbox, {
        key: c.name,
        label: `${c.name} (${c.detail})`,
        checked: chosen.has(c.name),
        onChange: (_event, data) => toggle(c.name, data.checked === true),
      }))));
}

/** The options of one form, stacked with Fluent's spacing. */
export function FormStack({ children }: { children?: ReactNode }): ReactElement {
  return h('div', { className: useStyles().stack }, children);
}
