import { Body1, Caption1, Divider, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import type { Problem } from '../engine/problem';
import type { Progress } from '../engine/recipe/types';
import type { Table } from '../engine/table/types';
import { PANE_ANALYSES, paneAnalysisOf } from './analyses';
import { usePaneHost } from './pane-host-context';
import { ProblemBars } from './problem-bars';
import { runAnalysis, type RunAnalysisOutcome } from './run-analysis';
import { DataStep } from './steps/data-step';
import { RunsSection } from './runs-section';
import { RunStep } from './steps/run-step';
import { SummaryStep } from './steps/summary-step';
import { useSelectionTable } from './use-selection-table';
import { AdvancedExtras, NO_WRITE_OPTIONS, WriteSwitches, writeOptionsFor, type WriteOptions } from './write-options';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, boxSizing: 'border-box' },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0, outline: 'none' },
  privacy: { color: tokens.colorNeutralForeground3 },
});

type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: Progress }
  | { readonly status: 'finished'; readonly outcome: RunAnalysisOutcome }
  | { readonly status: 'crashed'; readonly message: string };

function Step(props: { title: string; headingRef?: Ref<HTMLHeadingElement>; children?: ReactNode }): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.step} aria-label={props.title}>
      <h2 className={styles.heading} ref={props.headingRef} tabIndex={props.headingRef ? -1 : undefined}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** Options per analysis, reset to the analysis's defaults whenever the selection's columns change. */
function useOptions(table: Table | undefined): [Record<string, unknown>, (kind: string, options: unknown) => void] {
  const signature = table ? table.columns.map((c) => `${c.name}:${c.type}`).join('\u0000') : '';
  const [state, setState] = useState<{ signature: string; options: Record<string, unknown> }>({ signature: '', options: {} });
  const current = state.signature === signature ? state.options : {};
  const options = useMemo(() => {
    if (!table) return current;
    return Object.fromEntries(PANE_ANALYSES.map((a) => [a.kind, current[a.kind] ?? a.defaults(table)]));
  }, [table, current]);
  const set = (kind: string, value: unknown) => setState({ signature, options: { ...options, [kind]: value } });
  return [options, set];
}

/**
 * The Segments task pane: Data → Analysis → Options → Run → Summary, top to bottom in one column so the whole
 * flow is a Tab away. It talks to the workbook only through the PaneHost it is given.
 */
export function TaskPane(): ReactElement {
  const styles = useStyles();
  const host = usePaneHost();
  const selection = useSelectionTable(host);
  const table = selection.status === 'read' && selection.read.ok ? selection.read.preview.table : undefined;
  // Run reads the selection as it is now: not while the preview of a new selection is still on its way.
  const refreshing = selection.status === 'read' && selection.refreshing;
  const [kind, setKind] = useState(PANE_ANALYSES[0]?.kind ?? '');
  const [options, setOptions] = useOptions(table);
  const [write, setWrite] = useState<WriteOptions>(NO_WRITE_OPTIONS);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [runsMade, setRunsMade] = useState(0);
  const [runsBusy, setRunsBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const analysis = paneAnalysisOf(kind);

  useEffect(() => {
    if (run.status === 'finished' || run.status === 'crashed') summaryHeading.current?.focus();
  }, [run.status]);

  const start = () => {
    if (!table) return;
    const abort = new AbortController();
    controller.current = abort;
    setRun({ status: 'running', progress: { phase: 'Reading the selection', fraction: 0 } });
    const call = { signal: abort.signal, write: writeOptionsFor(analysis, write), onProgress: (progress: Progress) => !abort.signal.aborted && setRun({ status: 'running', progress }) };
    runAnalysis(host, analysis.recipe(options[analysis.kind]), call)
      .then(
        (outcome) => setRun({ status: 'finished', outcome }),
        (error: unknown) => setRun({ status: 'crashed', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setRunsMade((n) => n + 1));
  };
  const cancel = () => {
    controller.current?.abort();
    setRun({ status: 'running', progress: { phase: 'Cancelling…', fraction: 0 } });
  };

  // The summary's links point at sheets by id: once a re-run or removal replaced that run's sheets, they lead nowhere.
  const forgetSummaryOf = (runId: string) =>
    setRun((current) => (current.status === 'finished' && current.outcome.status === 'done' && current.outcome.runId === runId ? { status: 'idle' } : current));

  const finished = run.status === 'finished' || run.status === 'crashed';
  return (
    <main className={styles.pane}>
      <Step title="1. Data">
        <DataStep selection={selection} />
      </Step>
      <Divider />
      <Step title="2. Analysis">
        <Field label="Analysis">
          <Select value={kind} onChange={(_event, data) => setKind(data.value)}>
            {PANE_ANALYSES.map((a) => <option key={a.kind} value={a.kind}>{a.title}</option>)}
          </Select>
        </Field>
        <Caption1>{analysis.description}</Caption1>
      </Step>
      <Divider />
      <Step title="3. Options">
        {table
          ? (
            <AdvancedExtras.Provider value={<WriteSwitches analysis={analysis} options={write} onChange={setWrite} />}>
              <analysis.Form table={table} options={options[analysis.kind]} onChange={(o: unknown) => setOptions(analysis.kind, o)} />
            </AdvancedExtras.Provider>
          )
          : <Body1>Select a table of data with a header row (step 1) to set the options.</Body1>}
      </Step>
      <Divider />
      <Step title="4. Run">
        <RunStep title={analysis.title} disabled={!table || runsBusy || refreshing} progress={run.status === 'running' ? run.progress : null} onRun={start} onCancel={cancel} />
        <Caption1 className={styles.privacy}>Computed on this computer: no data leaves it.</Caption1>
      </Step>
      {finished ? <Divider /> : null}
      {finished ? <Step title="5. Summary" headingRef={summaryHeading}>{summaryOf(run, analysis)}</Step> : null}
      <Divider />
      <Step title="Runs in this workbook">
        <RunsSection refresh={runsMade} disabled={run.status === 'running'} onBusy={setRunsBusy} onResultsReplaced={forgetSummaryOf} />
      </Step>
    </main>
  );
}

function summaryOf(run: Extract<RunState, { status: 'finished' | 'crashed' }>, analysis: ReturnType<typeof paneAnalysisOf>): ReactElement {
  if (run.status === 'crashed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{`The run stopped on an unexpected error: ${run.message} Nothing was kept. Please report it with the steps that led here.`}</MessageBarBody>
      </MessageBar>
    );
  }
  const { outcome } = run;
  switch (outcome.status) {
    case 'cancelled':
      return <MessageBar intent="info"><MessageBarBody>Cancelled. Nothing was written to the workbook.</MessageBarBody></MessageBar>;
    case 'problems':
      return <ProblemBars problems={outcome.problems as Problem[]} intent="error" />;
    case 'done':
      return <SummaryStep analysis={analysis} report={outcome.report} written={outcome.written} source={outcome.source} />;
    default: {
      const unknown: never = outcome;
      throw new Error(`unknown outcome ${String(unknown)}`);
    }
  }
}
