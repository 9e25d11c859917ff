import { Switch } from '@fluentui/react-components';
import { createContext, useContext, type ReactElement, type ReactNode } from 'react';
import type { PaneAnalysis } from './analyses/types';

/** How a run writes to the workbook beyond its new sheets: runToWorkbook's opt-ins, both off unless asked for. */
export interface WriteOptions {
  readonly appendResult: boolean;
  readonly liveFormulas: boolean;
}

export const NO_WRITE_OPTIONS: WriteOptions = { appendResult: false, liveFormulas: false };

/**
 * The opt-ins an analysis can honour, the others turned off, so a switch hidden for this analysis (left on
 * for another) never reaches the run.
 * @example writeOptionsFor(dbscanPane, { appendResult: true, liveFormulas: true }) // { appendResult: true, liveFormulas: false }: DBSCAN has no formulas
 */
export function writeOptionsFor(analysis: PaneAnalysis<unknown>, options: WriteOptions): WriteOptions {
  return { appendResult: options.appendResult && analysis.appendsResult === true, liveFormulas: options.liveFormulas && analysis.liveFormulas === true };
}

/**
 * Extra fields for the end of every options form's "Advanced options" fold. The pane provides the write
 * switches here, so each analysis form keeps only its own options and no form has to pass them along.
 */
export const AdvancedExtras = createContext<ReactNode>(null);

/** What the pane put into the advanced fold, if anything. */
export function useAdvancedExtras(): ReactNode {
  return useContext(AdvancedExtras);
}

/** The two write switches, each shown only when the analysis can honour it. */
export function WriteSwitches(props: { analysis: PaneAnalysis<unknown>; options: WriteOptions; onChange: (options: WriteOptions) => void }): ReactElement | null {
  const { analysis, options, onChange } = props;
  if (!analysis.appendsResult && !analysis.liveFormulas) return null;
  return (
    <>
      {analysis.appendsResult
        ? <Switch label="Append the result column to my table" checked={options.appendResult} onChange={(_event, data) => onChange({ ...options, appendResult: data.checked })} />
        : null}
      {analysis.liveFormulas
        ? <Switch label="Write scoring formulas (live)" checked={options.liveFormulas} onChange={(_event, data) => onChange({ ...options, liveFormulas: data.checked })} />
        : null}
    </>
  );
}
