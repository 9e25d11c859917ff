import { Body1, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { SavedModel } from '../../engine/analyses/score';
import type { Problem } from '../../engine/problem';
import type { Table } from '../../engine/table/types';
import { readSavedModel, savedModels, type SavedModelEntry } from '../../excel/read-saved-model';
import { ChoiceField, FormStack } from '../form-controls';
import { usePaneHost } from '../pane-host-context';
import { ProblemBars } from '../problem-bars';
import { defaultRowKey, missingColumns, modelSentence } from './score-new-model';
import { paneAnalysis, type OptionsFormProps } from './types';

/** Which saved model scores the selection, the model itself once read from the workbook, and the row key. */
export interface ScoreNewOptions {
  /** The score run whose model is chosen; null until the form has listed the workbook's models. */
  readonly recordId: string | null;
  /** null while it is being read (or could not be): the engine then says to choose a model. */
  readonly model: SavedModel | null;
  /** The chosen model's label, written on the About sheet as where the model came from. */
  readonly modelSource: string;
  readonly rowKey: string | null;
}

/** A run's label is longer than the pane is wide: the select shrinks to the pane and the label ends in an ellipsis. */
const useStyles = makeStyles({
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0 },
  text: { minWidth: 0, textOverflow: 'ellipsis' },
});

type Listing = { readonly status: 'loading' } | { readonly status: 'listed'; readonly entries: readonly SavedModelEntry[] } | { readonly status: 'failed'; readonly problems: readonly Problem[] };

/** A read of the chosen model under way, or one that failed (kept so the form does not retry it in a loop). */
type Loading = { readonly recordId: string; readonly status: 'loading' } | { readonly recordId: string; readonly status: 'failed'; readonly problems: readonly Problem[] };

const NONE = '';

function readFailed(error: unknown): Problem[] {
  return [{ code: 'read-failed', message: `The workbook could not be read: ${error instanceof Error ? error.message : String(error)}` }];
}

/** What the chosen model reads, and the columns of the selection it would miss. */
function ModelFacts({ model, table }: { model: SavedModel; table: Table }): ReactElement {
  const missing = missingColumns(model, table);
  return (
    <>
      <Body1>{modelSentence(model)}</Body1>
      <Caption1>{`It reads ${model.columns.length} columns: ${model.columns.map((c) => c.name).join(', ')}.`}</Caption1>
      {missing.length > 0
        ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{missing.length === 1 ? 'A column is missing' : `${missing.length} columns are missing`}</MessageBarTitle>
              {`The selection has no ${missing.join(', ')}. Select the new rows with the columns the model was trained on, header row included.`}
            </MessageBarBody>
          </MessageBar>
        )
        : null}
    </>
  );
}

/**
 * Lists the workbook's saved models when it mounts (a run may have saved one since), preselects the first, and
 * reads the chosen one into the options; the latest options are kept in a ref because the read ends later.
 */
function ScoreNewForm({ table, options, onChange }: OptionsFormProps<ScoreNewOptions>): ReactElement {
  const styles = useStyles();
  const host = usePaneHost();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [loading, setLoading] = useState<Loading | null>(null);
  const latest = useRef({ options, onChange });
  latest.current = { options, onChange };

  useEffect(() => {
    let current = true;
    savedModels(host.run).then(
      (entries) => current && setListing({ status: 'listed', entries }),
      (error: unknown) => current && setListing({ status: 'failed', problems: readFailed(error) }),
    );
    return () => {
      current = false;
    };
  }, [host]);

  const entries = listing.status === 'listed' ? listing.entries : null;
  useEffect(() => {
    if (!entries) return;
    const { options: now, onChange: change } = latest.current;
    if (entries.some((e) => e.recordId === now.recordId)) return;
    const first = entries[0];
    change({ ...now, recordId: first?.recordId ?? null, modelSource: first?.label ?? '', model: null });
  }, [entries]);

  const waiting = options.recordId !== null && options.model === null;
  useEffect(() => {
    const recordId = options.recordId;
    if (recordId === null || !waiting) return;
    let current = true;
    setLoading({ recordId, status: 'loading' });
    const done = (problems: readonly Problem[] | null, model?: SavedModel) => {
      if (!current) return;
      setLoading(problems ? { recordId, status: 'failed', problems } : null);
      const now = latest.current;
      if (model && now.options.recordId === recordId) now.onChange({ ...now.options, model });
    };
    readSavedModel(host.run, recordId).then((read) => (read.ok ? done(null, read.model) : done(read.problems)), (error: unknown) => done(readFailed(error)));
    return () => {
      current = false;
    };
  }, [host, options.recordId, waiting]);

  const choose = (recordId: string) => {
    const entry = entries?.find((e) => e.recordId === recordId);
    if (entry) onChange({ ...options, recordId, modelSource: entry.label, model: null });
  };
  const failed = loading?.status === 'failed' && loading.recordId === options.recordId ? loading.problems : null;
  return (
    <FormStack>
      {listing.status === 'loading' ? <Spinner size="tiny" label="Looking for saved models…" /> : null}
      {listing.status === 'failed' ? <ProblemBars problems={listing.problems} intent="error" /> : null}
      {entries?.length === 0
        ? <MessageBar intent="info"><MessageBarBody>No saved model in this workbook yet: run &apos;Credit default score&apos; on labelled rows first; its model is kept in the workbook.</MessageBarBody></MessageBar>
        : null}
      {entries && entries.length > 0
        ? (
          <Field label="Saved model" className={styles.field}>
            <Select className={styles.select} select={{ className: styles.text }} value={options.recordId ?? NONE} onChange={(_event, data) => choose(data.value)}>
              {entries.map((e) => <option key={e.recordId} value={e.recordId} title={e.label}>{e.label}</option>)}
            </Select>
          </Field>
        )
        : null}
      {waiting && !failed ? <Spinner size="tiny" label="Reading the saved model…" /> : null}
      {failed ? <ProblemBars problems={failed} intent="error" /> : null}
      {options.model ? <ModelFacts model={options.model} table={table} /> : null}
      <ChoiceField<string>
        label="Row key"
        hint="A column shown first on the New scores sheet, so each score can be matched to its row."
        value={options.rowKey ?? NONE}
        choices={[{ value: NONE, label: 'None' }, ...table.columns.map((c) => ({ value: c.name, label: c.name }))]}
        onChange={(rowKey) => onChange({ ...options, rowKey: rowKey === NONE ? null : rowKey })}
      />
    </FormStack>
  );
}

/** Scoring new rows with a model a credit-scoring run saved in the workbook. */
export const scoreNewPane = paneAnalysis<ScoreNewOptions>({
  kind: 'score-new',
  title: 'Score new rows (saved model)',
  description: 'Scores each selected row’s probability of default with a model saved by an earlier credit-scoring run, and shows how far the new rows drift from its training data (PSI).',
  defaults: (table) => ({ recordId: null, model: null, modelSource: '', rowKey: defaultRowKey(table) }),
  Form: ScoreNewForm,
  recipe: (o) => ({ kind: 'score-new', model: o.model, modelSource: o.modelSource, rowKey: o.rowKey }),
});
