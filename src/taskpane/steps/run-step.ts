import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h, type ReactElement } from 'react';
import type { Progress } from '../../engine/recipe/types';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' } });

/** Step 4: the Run button, or while running a progress bar with the phase in words and Cancel. */
export function RunStep(props: { title: string; disabled: boolean; progress: Progress | null; onRun: () => void; onCancel: () => void }): ReactElement {
  const styles = useStyles();
  if (!props.progress) {
    return h(Button, { appearance: 'primary', disabled: props.disabled, onClick: props.onRun }, `Run ${props.title}`);
  }
  return h('div', null,
    h(Field, { label: 'Progress', validationState: 'none', validationMessage: props.progress.phase, validationMessageIcon: null },
      h(ProgressBar, { value: props.progress.fraction, thickness: 'large', 'aria-valuetext': props.progress.phase })),
    h('div', { className: styles.row }, h(Button, { onClick: props.onCancel }, 'Cancel')));
}
