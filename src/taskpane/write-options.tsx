import { Switch } from '@fluentui/react-components';
import { createContext, useContext, type ReactElement, type ReactNode } from 'react';
import { findAnalysis } from '../engine/recipe/registry';
import type { PaneAnalysis } from './analyses/types';

/** How a run writes to the workbook beyond its new sheets: runToWorkbook's opt-ins, both off unless asked for. */
export interface WriteOptions {
  readonly appendResult: boolean;
  readonly liveFormulas: boolean;
}

export const NO_WRITE_OPTIONS: WriteOptions = { appendResult: false, liveFormulas: false };

/**
 * Which opt-ins an analysis can honour, read off the engine's analysis: a result column to append
 * (Analysis.resultColumn) and a live-formula sheet (Analysis.liveFormulaSheet).
 * @example writeCapabilities(dbscanPane) // { appendResult: true, liveFormulas: false }
 */
export function writeCapabilities(analysis: Pick<PaneAnalysis<unknown>, 'kind'>): WriteOptions {
  const engine = findAnalysis(analysis.kind);
  return { appendResult: engine?.resultColumn !== undefined, liveFormulas: engine?.liveFormulaSheet !== undefined };
}

/**
 * The opt-ins an analysis can honour, the others turned off, so a switch hidden for this analysis (left on
 * for another) never reaches the run.
 * @example writeOptionsFor(dbscanPane, { appendResult: true, liveFormulas: true }) // { appendResult: true, liveFormulas: false }: DBSCAN has no formulas
 */
export function writeOptionsFor(analysis: Pick<PaneAnalysis<unknown>, 'kind'>, options: WriteOptions): WriteOptions {
  const can = writeCapabilities(analysis);
  return { appendResult: options.appendResult && can.appendResult, liveFormulas: options.liveFormulas && can.liveFormulas };
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
  const can = writeCapabilities(analysis);
  if (!can.appendResult && !can.liveFormulas) return null;
  return (
    <>
      {can.appendResult
        ? <Switch label="Append the result column to my table" checked={options.appendResult} onChange={(_event, data) => onChange({ ...options, appendResult: data.checked })} />
        : null}
      {can.liveFormulas
        ? <Switch label="Write scoring formulas (live)" checked={options.liveFormulas} onChange={(_event, data) => onChange({ ...options, liveFormulas: data.checked })} />
        : null}
    </>
  );
}
