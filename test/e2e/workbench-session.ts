/**
 * Starts what the end-to-end tests drive: a fresh build in a temporary folder, scripts/serve.mjs on a free
 * port, and Debian's chromium through playwright-core (never a downloaded browser). Every request the
 * browser makes, from the page or its worker, is recorded so tests can check nothing leaves localhost.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, jest } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(repoRoot, 'test/e2e/artifacts');

/** Whether the suite can run here. Under CI a missing browser fails the suite instead of skipping it. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; .ci/run installs Debian's chromium (apt-get install -y chromium).`);
  return false;
}

export interface Session {
  readonly origin: string;
  readonly browser: Browser;
  readonly requests: string[];
  /** A new page (own context) on the workbench, with `query` appended to its URL. */
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

function listen(server: ChildProcess): Promise<string> {
  return new Promise((resolveOrigin, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Segments workbench: (https?:\/\/localhost:\d+)\//.exec(out);
      if (match?.[1]) resolveOrigin(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

export async function startSession(): Promise<Session> {
  const dist = mkdtempSync(join(tmpdir(), 'segments-e2e-'));
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', dist], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--root', dist, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await listen(server);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const requests: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    origin,
    browser,
    requests,
    async open(query = '') {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ignoreHTTPSErrors: true });
      contexts.push(context);
      context.on('request', (request) => void requests.push(request.url()));
      const page = await context.newPage();
      await page.goto(`${origin}/workbench.html${query}`);
      await page.getByRole('table', { name: 'Columns of the selection' }).waitFor();
      return page;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      server.kill();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** The workbook as the page holds it (the in-memory host's plain JSON export). */
export function workbookState(page: Page): Promise<{ sheets: { name: string; values?: unknown[][]; formulas?: Record<string, string> }[]; customXmlParts?: { xml: string }[] }> {
  return page.evaluate(() => (window as unknown as { segmentsWorkbench: { excel: { exportState(): unknown } } }).segmentsWorkbench.excel.exportState()) as never;
}

/**
 * Saves a screenshot under test/e2e/artifacts/ (git-ignored) for a person to look at, with transitions
 * finished (a tab's underline otherwise shows mid-slide under the previous tab).
 */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

/**
 * A describe block of browser tests sharing one workbench session (build, server, chromium), skipped only
 * when chromium is missing outside CI. Each test opens a fresh page, so one retry is safe: under CI the
 * browser shares two cores with the heaviest engine tests, and a first failure is still printed, so a real
 * regression shows in the log.
 * @example describeInChromium('workbench in chromium', (session) => test('…', async () => { const page = await session.open(); … }));
 */
export function describeInChromium(title: string, body: (session: Session) => void): void {
  jest.retryTimes(1, { logErrorsBeforeRetry: true });
  let real: Session | undefined;
  const started = (): Session => {
    if (!real) throw new Error('the workbench session has not started');
    return real;
  };
  // Tests are declared before beforeAll starts the session, so they get one that forwards to it.
  const session: Session = {
    get origin() {
      return started().origin;
    },
    get browser() {
      return started().browser;
    },
    get requests() {
      return started().requests;
    },
    open: (query) => started().open(query),
    close: () => started().close(),
  };
  (chromiumAvailable() ? describe : describe.skip)(title, () => {
    beforeAll(async () => {
      real = await startSession();
    });
    afterAll(async () => {
      await real?.close();
    });
    body(session);
  });
}
