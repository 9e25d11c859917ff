import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Progress } from '../../engine/recipe/types';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' } });

/** Step 4: the Run button, or while running a progress bar with the phase in words and Cancel. */
export function RunStep(props: { title: string; disabled: boolean; progress: Progress | null; onRun: () => void; onCancel: () => void }): ReactElement {
  const styles = useStyles();
  if (!props.progress) {
    return <Button appearance="primary" disabled={props.disabled} onClick={props.onRun}>{`Run ${props.title}`}</Button>;
  }
  return (
    <div>
      <Field label="Progress" validationState="none" validationMessage={props.progress.phase} validationMessageIcon={null}>
        <ProgressBar value={props.progress.fraction} thickness="large" aria-valuetext={props.progress.phase} />
      </Field>
      <div className={styles.row}>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
