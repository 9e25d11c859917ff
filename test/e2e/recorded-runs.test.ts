/**
 * Recorded runs end to end, in a real browser: a k-means run on the mall sample is listed under "Runs in
 * this workbook"; Re-run on unchanged data says nothing changed; Remove results asks first, names the
 * sheets, deletes them and the record, and leaves the data sheet. The write switches sit in the advanced fold.
 * Screenshots land in test/e2e/artifacts/.
 */
import { expect, test } from '@jest/globals';
import { SAMPLE_SHEETS, chooseAnalysis, selectByNameBox, showStep, summary, tabTo, tabs } from './pane-actions';
import { describeInChromium, snap, workbookState } from './workbench-session';

describeInChromium('recorded runs in chromium', (session) => {
  test('k-means on the mall sample is listed; Re-run changes nothing; Remove results deletes its sheets and keeps the data', async () => {
    const page = await session.open();
    const runs = page.getByRole('region', { name: 'Runs in this workbook' });
    await runs.getByText('No runs recorded yet', { exact: false }).waitFor();

    await selectByNameBox(page, "'Mall customers'!A1:E201");
    await page.getByRole('button', { name: 'Advanced options' }).click();
    const append = page.getByRole('switch', { name: 'Append the result column to my table' });
    const live = page.getByRole('switch', { name: 'Write scoring formulas (live)' });
    expect(await append.isChecked()).toBe(false);
    expect(await live.isChecked()).toBe(false);
    // Finish the fold's opening motion first, or the scroll lands where the switch was mid-way.
    await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    await page.getByText('Write scoring formulas (live)').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await snap(page, '17-write-switches');

    await page.getByRole('button', { name: 'Run k-means clusters' }).click();
    await summary(page);
    const item = runs.getByRole('listitem', { name: 'Run 1: k-means clusters' });
    await item.getByText("'Mall customers'!A1:E201", { exact: false }).waitFor();
    await item.getByText('k: auto', { exact: false }).waitFor();
    await showStep(page, 'Runs in this workbook');
    await snap(page, '18-run-listed');
    const afterRun = await tabs(page);
    const resultSheets = afterRun.slice(SAMPLE_SHEETS.length);
    expect(afterRun.slice(0, SAMPLE_SHEETS.length)).toEqual(SAMPLE_SHEETS);
    expect(resultSheets).toEqual(expect.arrayContaining(['Clusters', 'Centroids', 'Elbow', 'About']));

    // Re-run from the keyboard: the button is reachable with Tab and answers to Enter.
    await page.getByRole('heading', { name: '5. Summary' }).focus();
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Re-run');
    await page.keyboard.press('Enter');
    const done = runs.getByRole('status').filter({ hasText: 'Run 1 re-run' });
    await done.waitFor({ timeout: 60_000 });
    await done.getByText("Read 'Mall customers'!A1:E201: 200 rows, 0 rows added.").waitFor();
    await done.getByText('No row changed cluster.').waitFor();
    // The summary linked to the sheets the re-run replaced, so it goes.
    expect(await page.getByRole('heading', { name: '5. Summary' }).count()).toBe(0);
    await showStep(page, 'Runs in this workbook');
    await snap(page, '19-rerun-nothing-changed');
    expect(await tabs(page)).toEqual(afterRun);
    expect((await workbookState(page)).customXmlParts ?? []).toHaveLength(1);

    await item.getByRole('button', { name: 'Remove results' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove the results of run 1?' });
    const named = `${resultSheets.slice(0, -1).join(', ')} and ${resultSheets[resultSheets.length - 1] ?? ''}`;
    await dialog.getByText(`These sheets will be deleted: ${named}.`).waitFor();
    await snap(page, '20-remove-confirm');
    await dialog.getByRole('button', { name: 'Remove results' }).click();
    await runs.getByText('Results of run 1 removed.').waitFor();
    await runs.getByText('No runs recorded yet', { exact: false }).waitFor();
    await showStep(page, 'Runs in this workbook');
    await snap(page, '21-results-removed');

    expect(await tabs(page)).toEqual(SAMPLE_SHEETS);
    const state = await workbookState(page);
    expect(state.sheets.map((s) => s.name)).toEqual(SAMPLE_SHEETS);
    expect(state.sheets.find((s) => s.name === 'Mall customers')?.values?.length).toBe(201);
    expect(state.customXmlParts ?? []).toEqual([]);
  });

  test('from the keyboard: switch on "Append the result column", run; the column lands beside the data and stays when the results go', async () => {
    const page = await session.open();
    await selectByNameBox(page, "'Mall customers'!A1:E201");
    await page.getByRole('textbox', { name: 'Name box' }).focus();
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Advanced options');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.label === 'Append the result column to my table');
    await page.keyboard.press('Space');
    expect(await page.getByRole('switch', { name: 'Append the result column to my table' }).isChecked()).toBe(true);
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Run k-means clusters');
    await page.keyboard.press('Enter');
    await summary(page);

    const mall = () => workbookState(page).then((state) => state.sheets.find((s) => s.name === 'Mall customers')?.values ?? []);
    const appended = (await mall()).map((row) => row[5]);
    expect(appended[0]).toBe('Cluster');
    expect(appended.slice(1, 201).every((v) => typeof v === 'number')).toBe(true);

    const runs = page.getByRole('region', { name: 'Runs in this workbook' });
    await runs.getByRole('button', { name: 'Remove results' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove the results of run 1?' });
    await dialog.getByText("including the result column appended at 'Mall customers'!F1:F201", { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Remove results' }).click();
    await runs.getByText('Results of run 1 removed.').waitFor();
    expect((await mall()).map((row) => row[5])).toEqual(appended);
  });
  test('RFM on the CDNOW sample with live formulas writes a Score new rows sheet and lists the run with its formulas', async () => {
    const page = await session.open();
    await selectByNameBox(page, "'CDNOW transactions'!A1:D3317");
    // The options form is rebuilt when the preview of the selection arrives: switch only after that.
    await page.getByText('3,316 rows × 4 columns', { exact: false }).waitFor();
    await chooseAnalysis(page, 'RFM segments');
    await page.getByRole('button', { name: 'Advanced options' }).click();
    await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    await page.getByRole('switch', { name: 'Write scoring formulas (live)' }).check();
    await page.getByRole('button', { name: 'Run RFM segments' }).click();
    expect(await summary(page)).toContain('Score new rows');
    await page.getByRole('button', { name: 'Score new rows' }).click();
    await page.getByText('Live scoring', { exact: false }).first().waitFor();
    await snap(page, '22-rfm-live-formulas');

    const sheet = (await workbookState(page)).sheets.find((s) => s.name === 'Score new rows');
    const formulas = Object.values(sheet?.formulas ?? {});
    expect(formulas.some((f) => f.includes('SUMPRODUCT'))).toBe(true);
    expect(formulas.some((f) => f.includes('INDEX') && f.includes('MATCH'))).toBe(true);
    const item = page.getByRole('region', { name: 'Runs in this workbook' }).getByRole('listitem', { name: 'Run 1: RFM segments' });
    await item.getByText('live scoring formulas', { exact: false }).waitFor();
  });
});
