import {
  Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle,
  MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState, type ReactElement } from 'react';
import type { Problem } from '../engine/problem';
import type { Progress } from '../engine/recipe/types';
import type { RunRecord } from '../excel/run-record';
import { listRuns, removeRun, type StoredRun } from '../excel/run-store';
import { runDate, runExtras, runSettings, runTitle, rerunSentences } from './describe-run';
import { usePaneHost } from './pane-host-context';
import { ProblemBars } from './problem-bars';
import { rerunAnalysis } from './rerun-analysis';
import { RunProgress } from './steps/run-step';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  paragraphs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What the last Re-run or Remove said, kept above the list (a removed run's own row is gone). */
type Notice =
  | { readonly kind: 'lines'; readonly intent: 'success' | 'info' | 'error'; readonly title: string; readonly lines: readonly string[] }
  | { readonly kind: 'problems'; readonly problems: readonly Problem[] };

type Listing = { readonly status: 'loading' } | { readonly status: 'listed'; readonly runs: readonly StoredRun[] } | { readonly status: 'failed'; readonly message: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "Clusters, Centroids and About" */
function sheetList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
}

function NoticeBar({ notice }: { notice: Notice }): ReactElement {
  const styles = useStyles();
  if (notice.kind === 'problems') return <ProblemBars problems={notice.problems} intent="error" />;
  return (
    <div role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBar intent={notice.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{notice.title}</MessageBarTitle>
          <ul className={styles.lines}>{notice.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** The confirm dialog before "Remove results": names the sheets that go and says what stays. */
function RemoveDialog(props: { record: RunRecord; onRemove: () => void; onKeep: () => void }): ReactElement {
  const styles = useStyles();
  const { record } = props;
  const sheetsOfSource = record.source.slice(0, record.source.lastIndexOf('!'));
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && props.onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{`Remove the results of run ${record.id}?`}</DialogTitle>
          <DialogContent className={styles.paragraphs}>
            <Body1>{`These sheets will be deleted: ${sheetList(record.sheets.map((s) => s.name))}.`}</Body1>
            <Body1>
              {`Your data on ${sheetsOfSource} stays as it is${record.appendedColumn ? `, including the result column appended at ${record.appendedColumn}` : ''}.`}
            </Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onRemove}>Remove results</Button>
            <Button onClick={props.onKeep}>Keep</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function RunItem(props: { stored: StoredRun; busy: boolean; onRerun: () => void; onRemove: () => void }): ReactElement {
  const styles = useStyles();
  const titleId = useId();
  const { record } = props.stored;
  const settings = [...runSettings(record.recipe), ...runExtras(record)];
  return (
    <li className={styles.item} aria-labelledby={titleId}>
      <h3 className={styles.title} id={titleId}>{`Run ${record.id}: ${runTitle(record.recipe)}`}</h3>
      <Caption1 className={styles.detail}>{`${record.source} · ${runDate(record)}`}</Caption1>
      {settings.length > 0 ? <Caption1 className={styles.detail}>{settings.join(' · ')}</Caption1> : null}
      <div className={styles.buttons}>
        <Button size="small" disabled={props.busy} onClick={props.onRerun} aria-describedby={titleId}>Re-run</Button>
        <Button size="small" disabled={props.busy} onClick={props.onRemove} aria-describedby={titleId}>Remove results</Button>
      </div>
    </li>
  );
}

/**
 * "Runs in this workbook": every run recorded in the file (its own or a colleague's), with Re-run and Remove
 * results. Re-run says what changed; Remove asks first and names the sheets. The list is read again whenever
 * `refresh` changes (the pane bumps it after each new run) and after each action here. `disabled` holds the
 * buttons while the pane runs a new analysis; `onBusy` tells the pane when an action here is under way, so
 * the two never write at once; `onResultsReplaced` names a run whose sheets a re-run or removal replaced.
 */
export function RunsSection(props: { refresh: number; disabled: boolean; onBusy: (busy: boolean) => void; onResultsReplaced: (runId: string) => void }): ReactElement {
  const styles = useStyles();
  const host = usePaneHost();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [progress, setProgress] = useState<{ progress: Progress; cancel?: () => void } | null>(null);
  const [confirming, setConfirming] = useState<RunRecord | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    let current = true;
    listRuns(host.run).then(
      (runs) => current && setListing({ status: 'listed', runs }),
      (error: unknown) => current && setListing({ status: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [host, props.refresh, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const { onBusy } = props;
  const busy = progress !== null;
  useEffect(() => onBusy(busy), [onBusy, busy]);

  const rerun = (record: RunRecord) => {
    const abort = new AbortController();
    const cancel = () => {
      abort.abort();
      setProgress({ progress: { phase: 'Cancelling…', fraction: 0 } });
    };
    setNotice(null);
    setProgress({ progress: { phase: `Re-running run ${record.id}`, fraction: 0 }, cancel });
    rerunAnalysis(host, record.id, { signal: abort.signal, onProgress: (p) => !abort.signal.aborted && setProgress({ progress: p, cancel }) })
      .then((outcome) => {
        switch (outcome.status) {
          case 'done':
            props.onResultsReplaced(record.id);
            setNotice({ kind: 'lines', intent: 'success', title: `Run ${record.id} re-run: ${sheetList(outcome.record.sheets.map((s) => s.name))} replaced.`, lines: rerunSentences(outcome.changes) });
            break;
          case 'problems':
            setNotice({ kind: 'problems', problems: outcome.problems });
            break;
          case 'cancelled':
            setNotice({ kind: 'lines', intent: 'info', title: 'Re-run cancelled.', lines: [`The results of run ${record.id} are as they were.`] });
            break;
          default: {
            const unknown: never = outcome;
            throw new Error(`unknown outcome ${String(unknown)}`);
          }
        }
      })
      .catch((error: unknown) => setNotice({ kind: 'lines', intent: 'error', title: 'The re-run stopped on an unexpected error.', lines: [`${errorText(error)} The previous results were kept. Please report it with the steps that led here.`] }))
      .finally(() => {
        setProgress(null);
        reload();
      });
  };

  const remove = (record: RunRecord) => {
    setConfirming(null);
    setNotice(null);
    setProgress({ progress: { phase: `Removing the sheets of run ${record.id}`, fraction: 0 } });
    removeRun(host.run, record.id)
      .then(({ removed, alreadyGone }) => {
        const lines = [removed.length > 0 ? `Deleted ${sheetList(removed)}.` : 'No sheet was left to delete.'];
        if (alreadyGone.length > 0) lines.push(`Already deleted before: ${sheetList(alreadyGone)}.`);
        props.onResultsReplaced(record.id);
        setNotice({ kind: 'lines', intent: 'success', title: `Results of run ${record.id} removed.`, lines });
      })
      .catch((error: unknown) => setNotice({ kind: 'lines', intent: 'error', title: `Could not remove the results of run ${record.id}.`, lines: [errorText(error)] }))
      .finally(() => {
        setProgress(null);
        reload();
      });
  };

  return (
    <>
      {notice ? <NoticeBar notice={notice} /> : null}
      {progress ? <RunProgress progress={progress.progress} {...(progress.cancel ? { onCancel: progress.cancel } : {})} /> : null}
      {listing.status === 'loading' ? <Body1>Reading the runs recorded in this workbook…</Body1> : null}
      {listing.status === 'failed'
        ? <MessageBar intent="error"><MessageBarBody>{`Could not read the runs recorded in this workbook: ${listing.message}`}</MessageBarBody></MessageBar>
        : null}
      {listing.status === 'listed' && listing.runs.length === 0 ? <Body1>No runs recorded yet: each run you make is listed here, to re-run or remove later.</Body1> : null}
      {listing.status === 'listed' && listing.runs.length > 0
        ? (
          <ul className={styles.list} aria-label="Recorded runs">
            {listing.runs.map((stored) => (
              <RunItem key={stored.partId} stored={stored} busy={busy || props.disabled} onRerun={() => rerun(stored.record)} onRemove={() => setConfirming(stored.record)} />
            ))}
          </ul>
        )
        : null}
      {confirming ? <RemoveDialog record={confirming} onRemove={() => remove(confirming)} onKeep={() => setConfirming(null)} /> : null}
    </>
  );
}
