import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Problem } from '../engine/problem';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Where a problem is, as a title: the column and cell the message is about. */
export function problemTitle(problem: Problem): string | undefined {
  if (problem.column && problem.cell) return `Column "${problem.column}", cell ${problem.cell}`;
  if (problem.column) return `Column "${problem.column}"`;
  if (problem.cell) return `Cell ${problem.cell}`;
  return undefined;
}

/** Problems as Fluent message bars: errors stop a run, warnings only inform. The message says the fix. */
export function ProblemBars(props: { problems: readonly Problem[]; intent: 'error' | 'warning' | 'info' }): ReactElement | null {
  const styles = useStyles();
  if (props.problems.length === 0) return null;
  return (
    <div className={styles.list} role={props.intent === 'error' ? 'alert' : 'status'}>
      {props.problems.map((p, i) => {
        const title = problemTitle(p);
        return (
          <MessageBar key={`${p.code}-${i}`} intent={props.intent} layout="multiline">
            <MessageBarBody>
              {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
              {p.message}
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
