import { VERSION } from '../version';
import type { ReportCell, ReportSheet } from './types';

/**
 * The "About" sheet every report carries: what was run, on what, with which settings, so a reader of a
 * shared workbook can tell without the add-in. The run's date is added by whoever writes the sheet,
 * because a report must compare equal across two runs of one recipe.
 */
export function aboutSheet(analysis: string, settings: readonly (readonly [string, ReportCell])[]): ReportSheet {
  return {
    name: 'About',
    notes: [
      `${analysis}, computed locally by Segments ${VERSION}. No data left this computer.`,
      'To re-run: open Segments (Home › Segments), find this run under "Runs in this workbook" and choose Re-run. It reads the source range again, with any rows added below it, uses the settings and seed listed here, and replaces these sheets; the same data gives the same numbers.',
    ],
    tables: [
      {
        name: 'AboutRun',
        columns: [{ name: 'Setting' }, { name: 'Value' }],
        rows: [...settings.map(([k, v]) => [k, v] as const), ['Add-in version', VERSION]],
      },
    ],
    charts: [],
  };
}
