import type { ExcelRun } from './excel-run';

/**
 * Shows a sheet the run created, as the summary's links do. By id, so a sheet the user renamed since is
 * still found; a sheet they deleted is reported rather than recreated.
 */
export async function activateSheet(run: ExcelRun, sheetId: string): Promise<boolean> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.activate();
    await context.sync();
    return true;
  });
}

/**
 * "Use current region": widens the selection to the block of filled cells around it (Ctrl+Shift+* in
 * Excel), which then shows in the Data step through the selection-changed event.
 */
export async function selectCurrentRegion(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    context.workbook.getSelectedRange().getSurroundingRegion().select();
    await context.sync();
  });
}
