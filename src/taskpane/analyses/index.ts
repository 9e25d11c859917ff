import { dbscanPane } from './dbscan';
import { hierarchicalPane } from './hierarchical';
import { kmeansPane } from './kmeans';
import { profilePane } from './profile';
import { rfmPane } from './rfm';
import { scorePane } from './score';
import { scoreNewPane } from './score-new';
import type { PaneAnalysis } from './types';

/**
 * The analyses the task pane offers, first one preselected. A new analysis adds its module here; nothing else
 * in the pane changes.
 */
export const PANE_ANALYSES: readonly PaneAnalysis<unknown>[] = [kmeansPane, hierarchicalPane, dbscanPane, rfmPane, scorePane, scoreNewPane, profilePane];

/** The pane entry of a kind, or the first when the kind is unknown. */
export function paneAnalysisOf(kind: string): PaneAnalysis<unknown> {
  return PANE_ANALYSES.find((a) => a.kind === kind) ?? (PANE_ANALYSES[0] as PaneAnalysis<unknown>);
}
