/**
 * End to end, in a real browser: credit scoring on the first 2,000 rows of the workbench's credit-card sample
 * saves a model; "Score new rows (saved model)" on all 3,000 rows finds it, scores them and writes New scores
 * and Drift; the model's own rows get the PDs the Scores sheet gave them. A screenshot of the Drift sheet lands
 * in test/e2e/artifacts/.
 */
import { expect, test } from '@jest/globals';
import { chooseAnalysis, selectByNameBox, showStep, summary, tabs } from './pane-actions';
import { describeInChromium, snap, workbookState } from './workbench-session';

/** The PD of each row of a sheet's table, by its ID, read under the header row that has both. */
function pdById(values: unknown[][]): Map<unknown, unknown> {
  const headerRow = values.findIndex((row) => row.includes('ID') && row.includes('PD'));
  const header = values[headerRow] ?? [];
  const id = header.indexOf('ID');
  const pd = header.indexOf('PD');
  return new Map(values.slice(headerRow + 1).filter((row) => row[id] !== null && row[id] !== undefined).map((row) => [row[id], row[pd]]));
}

describeInChromium('scoring new rows with a saved model, in chromium', (session) => {
  test('a model saved from 2,000 rows scores all 3,000: Run 1 offered, New scores and Drift written, the same PDs on its own rows', async () => {
    const page = await session.open();
    await selectByNameBox(page, "'Credit card default'!A1:Y2001");
    await page.getByText('2,000 rows × 25 columns', { exact: false }).waitFor();
    await chooseAnalysis(page, 'Credit default score');
    await page.getByRole('button', { name: 'Run Credit default score' }).click();
    expect(await summary(page)).toContain('Saved model');

    // The new rows with their header row: the model's 2,000 and 1,000 it has not seen.
    await selectByNameBox(page, "'Credit card default'!A1:Y3001");
    await page.getByText('3,000 rows × 25 columns', { exact: false }).waitFor();
    await chooseAnalysis(page, 'Score new rows (saved model)');
    const saved = page.getByRole('combobox', { name: 'Saved model' });
    await saved.waitFor();
    expect(await saved.locator('option:checked').innerText()).toMatch(/^Run 1: Credit default score on 'Credit card default'!A1:Y2001, \d+ \w{3} \d{4}$/);
    await page.getByText('Logistic regression predicting default.payment.next.month = 1', { exact: false }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Row key' }).inputValue()).toBe('ID');
    await showStep(page, '3. Options');
    await snap(page, '24-score-new-options');

    await page.getByRole('button', { name: 'Run Score new rows (saved model)' }).click();
    expect(await summary(page)).toContain('Drift');
    expect(await tabs(page)).toEqual(expect.arrayContaining(['Scores', 'Saved model', 'New scores', 'Drift']));
    await page.getByRole('button', { name: 'Drift', exact: true }).click();
    const chart = page.locator('[data-chart^="Population stability index"]');
    await chart.waitFor();
    await snap(page, '23-score-new-drift');

    const state = await workbookState(page);
    const sheet = (name: string) => state.sheets.find((s) => s.name === name)?.values ?? [];
    const trained = pdById(sheet('Scores'));
    const scored = pdById(sheet('New scores'));
    expect(trained.size).toBe(2000);
    expect(scored.size).toBe(3000);
    for (const [id, pd] of trained) expect([id, scored.get(id)]).toEqual([id, pd]);
    // One bar (drawn with a point at its top) per row of the Drift table: each column the model reads, and the PD.
    const drift = sheet('Drift');
    const driftHeader = drift.findIndex((row) => row.includes('PSI') && row.includes('Reading'));
    const driftRows = drift.slice(driftHeader + 1).filter((row) => typeof row[0] === 'string' && row[0] !== '');
    expect(driftRows.length).toBeGreaterThan(2);
    expect(await chart.locator('circle.point').count()).toBe(driftRows.length);
  });
});
