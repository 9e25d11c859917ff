/** What the end-to-end tests do in the workbench page, as a person would: select, pick, tab, wait. */
import type { Page } from 'playwright-core';

/** The workbench's sample sheets, as it opens. */
export const SAMPLE_SHEETS = ['Mall customers', 'CDNOW transactions', 'Credit card default'];

/**
 * Waits for the run to end (the Summary heading appears: done, problems, cancelled or crashed) and returns the
 * Summary step's text, so a test that expects sheets can show what the pane said instead.
 */
export async function summary(page: Page): Promise<string> {
  await page.getByRole('heading', { name: '5. Summary' }).waitFor({ timeout: 60_000 });
  return page.getByRole('region', { name: '5. Summary' }).innerText();
}

/** The sheet tabs' names, left to right. */
export async function tabs(page: Page): Promise<string[]> {
  return page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab').allInnerTexts();
}

/** Selects a range by typing it into the workbench's name box, as a person would. */
export async function selectByNameBox(page: Page, address: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Name box' });
  await box.fill(address);
  await box.press('Enter');
  await page.getByText(address, { exact: true }).first().waitFor();
}

/** Scrolls the task pane so a step's heading is at its top, for a screenshot of that step. */
export async function showStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { name: heading }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Picks an analysis in step 2 by its title. */
export async function chooseAnalysis(page: Page, title: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Analysis', exact: true }).selectOption({ label: title });
}

/** Tabs until the focused element is the one `matches` accepts; keyboard only, as a person would. */
export async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string; role: string }) => boolean): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? '', text: a?.innerText ?? '', label: a?.getAttribute('aria-label') ?? (a as HTMLInputElement | null)?.labels?.[0]?.innerText ?? '', role: a?.getAttribute('role') ?? (a as HTMLInputElement | null)?.type ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error('the element was not reached with Tab');
}
