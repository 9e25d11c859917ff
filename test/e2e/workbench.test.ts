/**
 * End to end, in a real browser: the workbench page with the in-memory Excel host, the real task pane, the
 * engine in its Web Worker. Screenshots of each step land in test/e2e/artifacts/.
 */
import { expect, test } from '@jest/globals';
import type { KMeansRunResult } from '../../src/engine/analyses/kmeans/result';
import { runRecipe } from '../../src/engine/recipe/registry';
import { buildTable } from '../../src/engine/table/build';
import { decodeRunRecord } from '../../src/excel/run-record';
import { SAMPLE_SHEETS, chooseAnalysis, selectByNameBox, showStep, summary, tabs, tabTo } from './pane-actions';
import { describeInChromium, snap, workbookState } from './workbench-session';

/** The values of a column of a sheet's first table, found by its header text. */
function column(values: unknown[][], header: string): unknown[] {
  const headerRow = values.findIndex((row) => row.includes(header));
  const c = (values[headerRow] as unknown[]).indexOf(header);
  return values.slice(headerRow + 1).map((row) => row[c]).filter((v) => v !== null && v !== undefined);
}

describeInChromium('workbench in chromium', (session) => {
  test('automatic k-means on the mall customers writes Clusters, Centroids, Elbow and About; labels equal the engine’s; nothing leaves localhost', async () => {
    const page = await session.open();
    session.requests.length = 0;
    await snap(page, '1-workbench-opened');

    // Select part of the data with the mouse (B5, then Shift+click C10), then widen to the current region.
    const cells = page.getByTestId('cells');
    await cells.click({ position: { x: 100, y: 4 * 20 + 10 } });
    await cells.click({ position: { x: 170, y: 9 * 20 + 10 }, modifiers: ['Shift'] });
    await page.getByText("'Mall customers'!B5:C10").waitFor();
    await page.getByRole('button', { name: 'Use current region' }).click();
    await page.getByText("'Mall customers'!A1:E201").waitFor();
    await page.getByText('200 rows × 5 columns', { exact: false }).waitFor();
    await snap(page, '2-mall-selected');

    await page.getByRole('button', { name: 'Run k-means clusters' }).click();
    // The summary links each new sheet; if the run ended otherwise, its words are the failure message.
    expect(await summary(page)).toContain('Elbow');
    await snap(page, '3-kmeans-summary');
    // The run leaves A1 of the first new sheet selected: the Data step guides (a status), it does not alarm.
    await page.getByRole('status').filter({ hasText: 'Only one cell' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Only one cell' }).count()).toBe(0);

    expect(await tabs(page)).toEqual(expect.arrayContaining([...SAMPLE_SHEETS, 'Clusters', 'Centroids', 'Elbow', 'About']));
    await page.getByRole('button', { name: 'Elbow' }).click();
    const elbowChart = page.locator('[data-chart^="Elbow"]');
    await elbowChart.waitFor();
    await snap(page, '4-elbow-sheet');

    const state = await workbookState(page);
    const elbowKs = column(state.sheets.find((s) => s.name === 'Elbow')?.values ?? [], 'k');
    expect(elbowKs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await elbowChart.locator('circle.point').count()).toBe(elbowKs.length);

    // The same recipe (as recorded in the workbook) on the same cells gives the same labels in Node.
    const record = decodeRunRecord(state.customXmlParts?.[0]?.xml ?? '');
    expect(record?.recipe).toMatchObject({ kind: 'kmeans', k: 'auto', source: "'Mall customers'!A1:E201" });
    const mall = state.sheets.find((s) => s.name === 'Mall customers')?.values as unknown[][];
    const outcome = runRecipe(record?.recipe, buildTable(mall.slice(0, 201)));
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
    const expected = (outcome.report.result as KMeansRunResult).labels.map((l) => l + 1);
    const written = column(state.sheets.find((s) => s.name === 'Clusters')?.values ?? [], 'Cluster');
    expect(written).toHaveLength(200);
    expect(written).toEqual(expected);

    const outside = session.requests.filter((url) => new URL(url).hostname !== 'localhost');
    expect(outside).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);
  });

  test('adjusting the selection to fewer rows of the same columns keeps the options form as it was, its advanced fold open', async () => {
    const page = await session.open();
    await selectByNameBox(page, "'Mall customers'!A1:E201");
    await page.getByText('200 rows × 5 columns', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Advanced options' }).click();
    const seed = page.getByRole('spinbutton', { name: 'Seed' });
    await seed.waitFor();
    await seed.fill('7');
    // Same columns, fewer rows: the options still fit, so the form stays (the last read is shown while the new one comes).
    await selectByNameBox(page, "'Mall customers'!A1:E151");
    await page.getByText('150 rows × 5 columns', { exact: false }).waitFor();
    expect(await seed.isVisible()).toBe(true);
    expect(await seed.inputValue()).toBe('7');
  });

  test('Cancel during a long run stops it and writes nothing', async () => {
    // The worker holds 30 s before computing, so Cancel always lands mid-run.
    const page = await session.open('?holdEngineMs=30000');
    await page.getByRole('button', { name: 'Run k-means clusters' }).click();
    await page.getByRole('progressbar').waitFor();
    await snap(page, '5-long-run-progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await summary(page);
    await page.getByText('Cancelled. Nothing was written to the workbook.').waitFor();
    await snap(page, '6-cancelled');
    const state = await workbookState(page);
    expect(state.sheets.map((s) => s.name)).toEqual(SAMPLE_SHEETS);
    expect(state.customXmlParts ?? []).toEqual([]);
    expect(await tabs(page)).toEqual(SAMPLE_SHEETS);
  });

  test('a whole run from the keyboard: select by the name box, choose k = 5, run, open a result sheet', async () => {
    const page = await session.open();
    await tabTo(page, (el) => el.tag === 'INPUT' && el.label.includes('Name box'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type("'Mall customers'!A1:E201");
    await page.keyboard.press('Enter');
    await page.getByText("'Mall customers'!A1:E201").waitFor();

    await tabTo(page, (el) => el.role === 'radio');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (el) => el.role === 'spinbutton' && el.label.includes('k (clusters)'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.startsWith('Run '));
    await snap(page, '7-keyboard-before-run');
    await page.keyboard.press('Enter');
    await summary(page);

    // The summary heading takes focus; the first sheet link is one Tab away.
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Centroids');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Centroids', selected: true }).waitFor();
    await snap(page, '8-keyboard-centroids');
    const state = await workbookState(page);
    const clusters = column(state.sheets.find((s) => s.name === 'Clusters')?.values ?? [], 'Cluster') as number[];
    expect(Math.max(...clusters)).toBe(5);
  });

  test('credit scoring on the credit-card sample: target and event detected, Scores, Validation and ROC written, the ROC chart has points', async () => {
    const page = await session.open();
    await selectByNameBox(page, "'Credit card default'!A1:Y3001");
    await page.getByText('3,000 rows × 25 columns', { exact: false }).waitFor();
    // The Data step typed the columns from the first 1,000 rows only; Run reads them all.
    await page.getByText('Types and notes from the first 1,000 rows; Run reads all 3,000.').waitFor();
    await chooseAnalysis(page, 'Credit default score');
    const target = page.getByRole('combobox', { name: 'Target (the outcome to predict)' });
    expect(await target.inputValue()).toBe('default.payment.next.month');
    expect(await page.getByRole('combobox', { name: 'Which value is a default (the event to predict)?' }).inputValue()).toBe('1');
    await showStep(page, '3. Options');
    await snap(page, '9-credit-options');

    await page.getByRole('button', { name: 'Run Credit default score' }).click();
    await summary(page);
    await showStep(page, '5. Summary');
    await snap(page, '10-credit-summary');
    expect(await tabs(page)).toEqual(expect.arrayContaining(['Scores', 'Validation', 'ROC']));

    await page.getByRole('button', { name: 'Validation' }).click();
    await page.getByRole('tab', { name: 'Validation', selected: true }).waitFor();
    await snap(page, '11-credit-validation');
    await page.getByRole('button', { name: 'ROC', exact: true }).click();
    const roc = page.locator('[data-chart^="ROC"]');
    await roc.waitFor();
    await snap(page, '12-credit-roc');
    const state = await workbookState(page);
    const fpr = column(state.sheets.find((s) => s.name === 'ROC')?.values ?? [], 'False positive rate');
    expect(fpr.length).toBeGreaterThan(2);
    // Two series (the curve and the diagonal), one point per row of the ROC table each.
    expect(await roc.locator('circle.point').count()).toBe(2 * fpr.length);
  });

  test('hierarchical and DBSCAN on the mall customers draw a dendrogram and a k-distance chart', async () => {
    const page = await session.open();
    await selectByNameBox(page, "'Mall customers'!A1:E201");
    await chooseAnalysis(page, 'Hierarchical clusters');
    await showStep(page, '3. Options');
    await snap(page, '13-hierarchical-options');
    await page.getByRole('button', { name: 'Run Hierarchical clusters' }).click();
    await summary(page);
    await page.getByRole('button', { name: 'Dendrogram' }).click();
    await page.locator('[data-chart]').first().waitFor();
    await snap(page, '14-hierarchical-dendrogram');

    const second = await session.open();
    await selectByNameBox(second, "'Mall customers'!A1:E201");
    await chooseAnalysis(second, 'DBSCAN (density) clusters');
    await second.getByRole('button', { name: 'Run DBSCAN (density) clusters' }).click();
    await summary(second);
    await snap(second, '15-dbscan-summary');
    await second.getByRole('button', { name: 'k-distance' }).click();
    const kDistance = second.locator('[data-chart^="k-distance"]');
    await kDistance.waitFor();
    await snap(second, '16-dbscan-k-distance');
    expect(await kDistance.locator('circle.point').count()).toBeGreaterThan(0);
  });
});
