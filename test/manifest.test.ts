/**
 * manifest.xml, checked offline: `office-addin-manifest validate` needs Microsoft's web service,
 * and no npm package ships the manifest XSD, so the schema's structure and simple types are
 * checked from transcriptions (test/manifest/content-model.ts, value-rules.ts). Then what Excel
 * would trip over at load time: every localhost URL served by a file the build copies, every
 * icon a PNG of its declared size, the Home-tab button, the permission and the ExcelApi minimum.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TASK_PANE_APP, contentModelProblems } from './manifest/content-model';
import { compareVersions, excelApiSetOf } from './manifest/excel-api-set';
import { DEV_ORIGIN, localSourceFor } from './manifest/local-source';
import { pngSize } from './manifest/png-size';
import { resourceProblems, resources } from './manifest/resource-refs';
import { valueProblems } from './manifest/value-rules';
import { allElements, childAt, parseXml, xmlSyntaxError, type XmlElement } from './manifest/xml-tree';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (path: string): string => resolve(repoRoot, path);
const manifestXml = readFileSync(fromRoot('manifest.xml'), 'utf8');
const manifest = parseXml(manifestXml);

/**
 * Excel APIs the add-in calls, each with the class and member whose ExcelApi set the typings
 * state. The manifest's minimum must be the highest of them; add a row when the Excel writer
 * starts using something newer.
 */
const APIS_THE_ADDIN_CALLS: ReadonlyArray<[className: string, member: string]> = [
  ['Chart', 'displayBlanksAs'],
  ['ChartSeries', 'setValues'],
  ['Range', 'getSurroundingRegion'],
  ['Application', 'suspendApiCalculationUntilNextSync'],
  ['Workbook', 'customXmlParts'],
  ['Workbook', 'settings'],
  ['Worksheet', 'protection'],
  ['Workbook', 'tables'],
  ['Worksheet', 'charts'],
  ['Worksheet', 'getRangeByIndexes'],
  ['Worksheet', 'freezePanes'],
  ['ChartSeries', 'setXAxisValues'],
  ['ChartSeriesCollection', 'add'],
  ['Range', 'rowHidden'],
  ['Range', 'getResizedRange'],
  ['Workbook', 'getSelectedRange'],
  // Called only where the host says the set is supported (supportsExcelApi in src/excel):
  // Range.getMergedAreasOrNullObject (1.13, src/excel/read-range.ts) and Range.conditionalFormats (1.9, colour scales).
];

/** The manifest text with one substring replaced, parsed: the way these tests break it on purpose. */
function mutated(from: string, to: string): XmlElement {
  expect(manifestXml).toContain(from);
  return parseXml(manifestXml.replace(from, to));
}

/** Every http(s) URL the manifest names in attributes or text, namespace declarations aside. */
function urlsIn(root: XmlElement): string[] {
  return allElements(root)
    .flatMap((e) => [...Object.entries(e.attrs).filter(([name]) => !name.startsWith('xmlns')).map(([, value]) => value), e.text])
    .filter((v) => /^https?:\/\//.test(v));
}

describe('manifest.xml against the add-in manifest schema', () => {
  it('is well-formed XML', () => {
    expect(xmlSyntaxError(manifestXml)).toBeNull();
    expect(xmlSyntaxError(manifestXml.replace('</Hosts>', '</Host>'))).toMatch(/line \d+/);
  });

  it('declares the schema namespaces Office reads it with', () => {
    expect(manifest.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(manifest.attrs['xmlns:bt']).toBe('http://schemas.microsoft.com/office/officeappbasictypes/1.0');
    expect(manifest.attrs['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
    expect(childAt(manifest, 'VersionOverrides')?.attrs.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
  });

  it('has the TaskPaneApp elements in schema order, with their required attributes', () => {
    expect(contentModelProblems(manifest, TASK_PANE_APP)).toEqual([]);
  });

  it('reports an element moved out of order, one missing, or a wrong xsi:type', () => {
    const children = manifest.children.filter((c) => c.name !== 'Permissions');
    children.splice(children.findIndex((c) => c.name === 'DefaultSettings'), 0, childAt(manifest, 'Permissions') as XmlElement);
    expect(contentModelProblems({ ...manifest, children }, TASK_PANE_APP)).toContain(
      '/OfficeApp: <DefaultSettings> is out of order or not allowed here (allowed, in order: Id, AlternateId, Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl, HighResolutionIconUrl, SupportUrl, AppDomains, Hosts, Requirements, DefaultSettings, Permissions, VersionOverrides)',
    );
    expect(contentModelProblems(mutated('<Version>0.1.0.0</Version>', ''), TASK_PANE_APP)).toContain('/OfficeApp: <Version> is missing');
    expect(contentModelProblems(mutated('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), TASK_PANE_APP).join('\n')).toMatch(/Action: xsi:type is "ExecuteFunction", expected "ShowTaskpane"/);
  });

  it('rejects any swap of two different top-level elements (the schema fixes their order)', () => {
    const names = manifest.children.map((c) => c.name);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: names.length - 1 }), fc.integer({ min: 0, max: names.length - 1 }), (i, j) => {
        fc.pre(names[i] !== names[j]);
        const children = [...manifest.children];
        [children[i], children[j]] = [children[j] as XmlElement, children[i] as XmlElement];
        return contentModelProblems({ ...manifest, children }, TASK_PANE_APP).length > 0;
      }),
    );
  });

  it('keeps every value within its schema type (GUID, version, lengths, permission, icon sizes)', () => {
    expect(valueProblems(manifest)).toEqual([]);
    expect(childAt(manifest, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(childAt(manifest, 'Version')?.text).toBe('0.1.0.0');
  });

  it('reports a value that breaks its type', () => {
    expect(valueProblems(mutated('<Version>0.1.0.0</Version>', '<Version>0.1.0-beta</Version>'))).toEqual([
      '<Version> "0.1.0-beta" does not match ^[0-9]{1,5}(\\.[0-9]{1,5}){0,3}$',
    ]);
    const longName = 'S'.repeat(126);
    expect(valueProblems(mutated('<DisplayName DefaultValue="Segments"/>', `<DisplayName DefaultValue="${longName}"/>`))).toEqual([
      '<DisplayName DefaultValue> has 126 characters, at most 125 allowed',
    ]);
    expect(valueProblems(mutated('<bt:Image size="80" resid="Segments.Icon80"/>', '<bt:Image size="96" resid="Segments.Icon80"/>'))).toEqual([
      '<bt:Image size="96"> is not one of 16, 20, 24, 32, 40, 48, 64, 80',
      'an <Icon> lacks the mandatory 80 px image',
    ]);
  });

  it('resolves every resid to a resource of the right kind', () => {
    expect(resourceProblems(manifest)).toEqual([]);
    expect(resourceProblems(mutated('<Label resid="Segments.Button.Label"/>', '<Label resid="Segments.Button.Tip"/>'))).toEqual([
      '<Label resid="Segments.Button.Tip"> names no bt:ShortStrings resource',
    ]);
  });
});

describe('manifest.xml as Excel loads it', () => {
  it('names only https://localhost:3000 URLs, each served by a file the build copies', () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(0);
    const served = urls.map((url) => {
      const source = localSourceFor(url);
      return { url, onDevOrigin: url.startsWith(`${DEV_ORIGIN}/`), source, exists: source !== null && existsSync(fromRoot(source)) };
    });
    expect(served).toEqual(served.map(({ url, source }) => ({ url, onDevOrigin: true, source, exists: true })));
    expect(localSourceFor(`${DEV_ORIGIN}/nested/page.html`)).toBeNull();
  });

  it('has every URL served by a file the build really produces', () => {
    // The build goes to a private folder so this test never races another build of dist/.
    const out = mkdtempSync(join(tmpdir(), 'segments-build-'));
    execFileSync(process.execPath, [fromRoot('scripts/build.mjs'), '--outdir', out], { cwd: repoRoot, stdio: 'pipe' });
    const missing = urlsIn(manifest).map((url) => decodeURIComponent(new URL(url).pathname)).filter((path) => !existsSync(join(out, path)));
    expect(missing).toEqual([]);
  }, 120_000);

  it('has every icon as a PNG of the size it is declared at', () => {
    const declared = new Map<string, Set<number>>([
      [childAt(manifest, 'IconUrl')?.attrs.DefaultValue ?? 'IconUrl missing', new Set([32])],
      [childAt(manifest, 'HighResolutionIconUrl')?.attrs.DefaultValue ?? 'HighResolutionIconUrl missing', new Set([64])],
    ]);
    const images = resources(manifest, 'bt:Images');
    for (const ref of allElements(manifest).filter((e) => e.name === 'bt:Image' && e.attrs.resid !== undefined)) {
      const url = images.get(ref.attrs.resid as string) ?? `unresolved ${ref.attrs.resid}`;
      declared.set(url, (declared.get(url) ?? new Set()).add(Number(ref.attrs.size)));
    }
    expect([...new Set([...declared.values()].flatMap((sizes) => [...sizes]))].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const [url, sizes] of declared) {
      const [size] = sizes;
      expect({ url, sizes: sizes.size }).toEqual({ url, sizes: 1 });
      const { width, height } = pngSize(readFileSync(fromRoot(localSourceFor(url) ?? url)));
      expect({ url, width, height }).toEqual({ url, width: size, height: size });
    }
  });

  it('reads a PNG size from the IHDR chunk, and refuses what is not a PNG', () => {
    const icon = readFileSync(fromRoot('assets/icon-16.png'));
    const wider = Buffer.from(icon);
    wider.writeUInt32BE(17, 16);
    expect(pngSize(icon)).toEqual({ width: 16, height: 16 });
    expect(pngSize(wider)).toEqual({ width: 17, height: 16 });
    expect(() => pngSize(Buffer.from(manifestXml))).toThrow('not a PNG file');
  });

  it('asks for ReadWriteDocument: it reads the selection and writes result sheets', () => {
    expect(childAt(manifest, 'Permissions')?.text).toBe('ReadWriteDocument');
  });

  it('declares the smallest ExcelApi set that covers every API the add-in calls', () => {
    const dts = readFileSync(fromRoot('node_modules/@types/office-js/index.d.ts'), 'utf8');
    const needed = APIS_THE_ADDIN_CALLS.map(([cls, member]) => excelApiSetOf(dts, cls, member)).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
    const sets = childAt(manifest, 'Requirements', 'Sets')?.children ?? [];
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', needed]]);
    expect(needed).toBe('1.8');
  });

  it('reads API sets from the typings and compares versions numerically', () => {
    const dts = readFileSync(fromRoot('node_modules/@types/office-js/index.d.ts'), 'utf8');
    expect(excelApiSetOf(dts, 'Chart', 'displayBlanksAs')).toBe('1.8');
    expect(excelApiSetOf(dts, 'Application', 'suspendApiCalculationUntilNextSync')).toBe('1.6');
    expect(() => excelApiSetOf(dts, 'Chart', 'noSuchMember')).toThrow('member noSuchMember not found in Excel.Chart');
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.8', '1.8')).toBe(0);
  });

  it('puts a "Segments" button on the Home tab that shows the task pane', () => {
    const tab = allElements(manifest).find((e) => e.name === 'OfficeTab');
    expect(tab?.attrs.id).toBe('TabHome');
    const button = tab?.children[0]?.children.find((e) => e.name === 'Control');
    expect(button?.attrs['xsi:type']).toBe('Button');
    const shortStrings = resources(manifest, 'bt:ShortStrings');
    expect(shortStrings.get(childAt(button as XmlElement, 'Label')?.attrs.resid ?? '')).toBe('Segments');
    const action = childAt(button as XmlElement, 'Action');
    expect(action?.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(childAt(action as XmlElement, 'TaskpaneId')?.text).toBeTruthy();
    const paneUrl = resources(manifest, 'bt:Urls').get(childAt(action as XmlElement, 'SourceLocation')?.attrs.resid ?? '');
    expect(paneUrl).toBe(childAt(manifest, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue);
  });

  it('names the add-in and says that no data leaves the machine', () => {
    expect(childAt(manifest, 'DisplayName')?.attrs.DefaultValue).toBe('Segments');
    expect(childAt(manifest, 'ProviderName')?.text).toBe('Segments');
    expect(childAt(manifest, 'DefaultLocale')?.text).toBe('en-US');
    expect(childAt(manifest, 'Hosts')?.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(childAt(manifest, 'Description')?.attrs.DefaultValue).toMatch(/no data leaves/);
  });
});

describe('the task-pane page the manifest opens', () => {
  const pageUrl = childAt(manifest, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue ?? '';
  const page = readFileSync(fromRoot(localSourceFor(pageUrl) ?? 'missing'), 'utf8');

  it('loads office.js from Microsoft\'s CDN', () => {
    expect(page).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  });

  it('allows connections only to itself and office.js\'s host', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  });
});
