/**
 * Labelled controls the options forms share, built on Fluent UI. Every control has a visible label tied to
 * it (Field does the wiring), so screen readers and keyboard users meet the same form.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Checkbox, Field, Label, Select, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactElement, type ReactNode } from 'react';
import { useAdvancedExtras } from './write-options';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { display: 'flex', flexDirection: 'column', maxHeight: '180px', overflowY: 'auto' },
});

/**
 * A number in [min, max], typed or stepped: a whole number unless `step` is fractional (a radius such as
 * DBSCAN's eps), in which case the arrows move by `step` and any typed number is kept.
 */
export function NumberField(props: { label: string; value: number; min: number; max: number; step?: number; hint?: string; onChange: (value: number) => void }): ReactElement {
  const step = props.step ?? 1;
  const whole = Number.isInteger(step);
  return (
    <Field label={props.label} {...(props.hint ? { hint: props.hint } : {})}>
      <SpinButton
        value={props.value}
        min={props.min}
        max={props.max}
        step={step}
        {...(whole ? {} : { precision: 4 })}
        onChange={(_event, data) => {
          const value = data.value ?? Number(data.displayValue);
          if (whole ? Number.isInteger(value) : Number.isFinite(value)) props.onChange(Math.min(props.max, Math.max(props.min, value)));
        }}
      />
    </Field>
  );
}

/** One choice from a short list, as a native select (fast from the keyboard: type the first letter). */
export function ChoiceField<T extends string>(props: { label: string; value: T; choices: readonly { value: T; label: string }[]; hint?: string; onChange: (value: T) => void }): ReactElement {
  return (
    <Field label={props.label} {...(props.hint ? { hint: props.hint } : {})}>
      <Select value={props.value} onChange={(_event, data) => props.onChange(data.value as T)}>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </Select>
    </Field>
  );
}

/** Several columns ticked from the selection's columns, in sheet order. */
export function ColumnsField(props: { label: string; columns: readonly { name: string; detail: string }[]; value: readonly string[]; onChange: (value: string[]) => void }): ReactElement {
  const styles = useStyles();
  const labelId = useId();
  const chosen = new Set(props.value);
  const toggle = (name: string, on: boolean) => props.onChange(props.columns.map((c) => c.name).filter((n) => (n === name ? on : chosen.has(n))));
  return (
    <div className={styles.group} role="group" aria-labelledby={labelId}>
      <Label id={labelId}>{props.label}</Label>
      <div className={styles.list}>
        {props.columns.map((c) => (
          <Checkbox key={c.name} label={`${c.name} (${c.detail})`} checked={chosen.has(c.name)} onChange={(_event, data) => toggle(c.name, data.checked === true)} />
        ))}
      </div>
    </div>
  );
}

/** The options of one form, stacked with Fluent's spacing. */
export function FormStack({ children }: { children?: ReactNode }): ReactElement {
  return <div className={useStyles().stack}>{children}</div>;
}

/** Options most people leave alone, folded away under "Advanced options", followed by what the pane adds there (AdvancedExtras). */
export function AdvancedOptions({ children }: { children?: ReactNode }): ReactElement {
  const extras = useAdvancedExtras();
  return (
    <Accordion collapsible>
      <AccordionItem value="advanced">
        <AccordionHeader>Advanced options</AccordionHeader>
        <AccordionPanel>
          <FormStack>{children}{extras}</FormStack>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
