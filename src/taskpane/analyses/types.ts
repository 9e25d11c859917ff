import type { ComponentType } from 'react';
import type { Table } from '../../engine/table/types';

/** Props every options form receives: the table it configures and its current options. */
export interface OptionsFormProps<O> {
  readonly table: Table;
  readonly options: O;
  readonly onChange: (options: O) => void;
}

/**
 * One analysis as the task pane offers it: how it is introduced, its options form, how options become a
 * recipe, and what the summary adds to the report's own sentences. The pane looks analyses up in the
 * registry (analyses/index.ts) and never switches on their kind.
 */
export interface PaneAnalysis<O> {
  /** The engine's recipe kind. */
  readonly kind: string;
  readonly title: string;
  /** One sentence under the analysis picker: what the person gets back. */
  readonly description: string;
  /** Sensible options for this table (columns guessed from names and types). */
  defaults(table: Table): O;
  readonly Form: ComponentType<OptionsFormProps<O>>;
  /** The raw recipe the engine validates; problems come back from the engine, naming the field. */
  recipe(options: O): { readonly kind: string };
}

/**
 * Erases an analysis's options type so analyses of different shapes share one list. Sound because the pane
 * only ever passes an analysis the options that its own `defaults` made and its own `Form` changed.
 */
export function paneAnalysis<O>(analysis: PaneAnalysis<O>): PaneAnalysis<unknown> {
  return analysis as unknown as PaneAnalysis<unknown>;
}
