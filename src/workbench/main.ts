/**
 * The workbench page: the in-memory Excel host preloaded with the bundled samples, the grid and the real task
 * pane. office.js is never loaded here; the pane gets the host's run instead of Excel.run.
 */
import cdnow from '../../samples/cdnow_transactions_1000_customers.csv';
import mall from '../../samples/mall_customers.csv';
import credit from '../../samples/uci_credit_card_default_3000.csv';
import { createWorkbook } from '../sim/index';
import { createEngine } from '../worker/engine-client';
import { mountWorkbench } from './mount-workbench';
import { sampleWorkbook } from './sample-workbook';
import { createWorkbenchHost } from './workbench-host';

const params = new URLSearchParams(location.search);
const hold = Number(params.get('holdEngineMs'));
const workbook = createWorkbook(sampleWorkbook([
  { name: 'Mall customers', csv: mall },
  { name: 'CDNOW transactions', csv: cdnow },
  { name: 'Credit card default', csv: credit },
]));
const bench = createWorkbenchHost(workbook, createEngine(() => new Worker('engine-worker.js')), hold > 0 ? hold : undefined);
// The end-to-end tests read the workbook through this handle; nothing in the page uses it.
(window as unknown as { segmentsWorkbench: unknown }).segmentsWorkbench = bench;

const root = document.getElementById('root');
if (root) mountWorkbench(root, bench);
