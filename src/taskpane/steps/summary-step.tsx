import { Body1, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Report } from '../../engine/report/types';
import type { WrittenReport } from '../../excel/write-report';
import type { PaneAnalysis } from '../analyses/types';
import { usePaneHost } from '../pane-host-context';
import { ProblemBars } from '../problem-bars';
import { activateSheet } from '../../excel/workbook-actions';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Step 5: the sheets created (each a link that shows it), what the run found, and its warnings. */
export function SummaryStep(props: { analysis: PaneAnalysis<unknown>; report: Report; written: WrittenReport; source: string }): ReactElement {
  const styles = useStyles();
  const host = usePaneHost();
  const [missing, setMissing] = useState<string | null>(null);
  const show = (id: string, name: string) => {
    void activateSheet(host.run, id).then((found) => setMissing(found ? null : name));
  };
  return (
    <div className={styles.block}>
      <Body1>{`From ${props.source}, created:`}</Body1>
      <ul className={styles.list} aria-label="Sheets created">
        {props.written.sheets.map((s) => (
          <li key={s.id}>
            <Link as="button" onClick={() => show(s.id, s.name)}>{s.name}</Link>
          </li>
        ))}
      </ul>
      {missing ? <MessageBar intent="info"><MessageBarBody>{`The sheet "${missing}" is no longer in the workbook; run again to recreate it.`}</MessageBarBody></MessageBar> : null}
      <ul className={styles.list} aria-label="What the run found">
        {props.report.summary.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
      <ProblemBars problems={props.report.warnings} intent="warning" />
    </div>
  );
}
