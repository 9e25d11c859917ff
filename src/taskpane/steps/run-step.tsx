import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Progress } from '../../engine/recipe/types';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' } });

/** A run under way: a progress bar with the phase in words and, when the run can stop, Cancel. */
export function RunProgress(props: { progress: Progress; onCancel?: () => void }): ReactElement {
  const styles = useStyles();
  return (
    <div>
      <Field label="Progress" validationState="none" validationMessage={props.progress.phase} validationMessageIcon={null}>
        <ProgressBar value={props.progress.fraction} thickness="large" aria-valuetext={props.progress.phase} />
      </Field>
      {props.onCancel
        ? (
          <div className={styles.row}>
            <Button onClick={props.onCancel}>Cancel</Button>
          </div>
        )
        : null}
    </div>
  );
}

/** Step 4: the Run button, or while running a progress bar with the phase in words and Cancel. */
export function RunStep(props: { title: string; disabled: boolean; progress: Progress | null; onRun: () => void; onCancel: () => void }): ReactElement {
  if (!props.progress) {
    return <Button appearance="primary" disabled={props.disabled} onClick={props.onRun}>{`Run ${props.title}`}</Button>;
  }
  return <RunProgress progress={props.progress} onCancel={props.onCancel} />;
}
