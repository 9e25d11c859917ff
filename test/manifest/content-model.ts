/**
 * The part of the Office add-in manifest schema that a task-pane manifest with one ribbon button
 * uses, written out as element sequences, and a checker for it.
 *
 * No npm package ships the schema files (office-addin-manifest validates through a web service,
 * and neither it nor office-addin-manifest-converter, office-addin-validator or office-toolbox
 * contains an .xsd), so the order, the occurrence bounds and the required attributes below are
 * transcribed from the published schemas: OfficeAppManifestV1_1.xsd (OfficeApp, TaskPaneApp),
 * TaskPaneAppVersionOverridesV1_0.xsd (VersionOverridesV1_0, FormFactor, Group, Button,
 * ShowTaskpane) and OfficeAppBasicTypesV1_0.xsd (Resources, IconList), as documented in [MS-OWEMXML].
 * It is deliberately narrower than the schema: controls other than a ShowTaskpane button, custom
 * tabs, context menus and GetStarted are refused until the manifest needs them.
 */
import type { XmlElement } from './xml-tree';

/** One element of a sequence: its name as written, how often it may occur, and its content. */
export interface Particle {
  name: string;
  min: number;
  max: number;
  /** The xsi:type the element must carry, for the schema's polymorphic elements. */
  type?: string;
  attrs?: string[];
  /** Element children in order; absent means the element holds no elements. */
  children?: Particle[];
}

const once = (name: string, rest: Omit<Particle, 'name' | 'min' | 'max'> = {}): Particle => ({ name, min: 1, max: 1, ...rest });
const optional = (name: string, rest: Omit<Particle, 'name' | 'min' | 'max'> = {}): Particle => ({ name, min: 0, max: 1, ...rest });
const many = (name: string, min: number, rest: Omit<Particle, 'name' | 'min' | 'max'> = {}): Particle => ({ name, min, max: Infinity, ...rest });

const localeAware = { attrs: ['DefaultValue'], children: [many('Override', 0, { attrs: ['Locale', 'Value'] })] };
const resourceRef = { attrs: ['resid'] };
const iconList = { children: [many('bt:Image', 1, { attrs: ['size', 'resid'] })] };
const resourcesWithId = (item: string) => ({ children: [many(item, 0, { attrs: ['id', 'DefaultValue'], children: [many('bt:Override', 0, { attrs: ['Locale', 'Value'] })] })] });

const requirements = optional('Requirements', {
  children: [
    optional('Sets', { children: [many('Set', 1, { attrs: ['Name'] })] }),
    optional('Methods', { children: [many('Method', 1, { attrs: ['Name'] })] }),
  ],
});

const showTaskpaneButton = many('Control', 1, {
  type: 'Button',
  attrs: ['id'],
  children: [
    once('Label', resourceRef),
    once('Supertip', { children: [once('Title', resourceRef), once('Description', resourceRef)] }),
    once('Icon', iconList),
    once('Action', {
      type: 'ShowTaskpane',
      children: [optional('TaskpaneId'), once('SourceLocation', resourceRef), optional('Title', resourceRef)],
    }),
  ],
});

const versionOverrides = optional('VersionOverrides', {
  type: 'VersionOverridesV1_0',
  children: [
    optional('Description', resourceRef),
    optional('Requirements', { children: [once('bt:Sets', { children: [many('bt:Set', 1, { attrs: ['Name'] })] })] }),
    optional('Hosts', {
      children: [
        many('Host', 1, {
          type: 'Workbook',
          children: [
            optional('DesktopFormFactor', {
              children: [
                optional('FunctionFile', resourceRef),
                many('ExtensionPoint', 1, {
                  type: 'PrimaryCommandSurface',
                  children: [
                    many('OfficeTab', 1, {
                      attrs: ['id'],
                      children: [
                        many('Group', 1, {
                          attrs: ['id'],
                          children: [once('Label', resourceRef), once('Icon', iconList), showTaskpaneButton],
                        }),
                      ],
                    }),
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    }),
    optional('Resources', {
      children: [
        optional('bt:Images', resourcesWithId('bt:Image')),
        optional('bt:Urls', resourcesWithId('bt:Url')),
        optional('bt:ShortStrings', resourcesWithId('bt:String')),
        optional('bt:LongStrings', resourcesWithId('bt:String')),
      ],
    }),
  ],
});

/** OfficeApp of xsi:type TaskPaneApp: the OfficeApp base sequence, then the TaskPaneApp extension. */
export const TASK_PANE_APP: Particle = once('OfficeApp', {
  type: 'TaskPaneApp',
  children: [
    once('Id'),
    optional('AlternateId'),
    once('Version'),
    once('ProviderName'),
    once('DefaultLocale'),
    once('DisplayName', localeAware),
    once('Description', localeAware),
    optional('IconUrl', localeAware),
    optional('HighResolutionIconUrl', localeAware),
    optional('SupportUrl', localeAware),
    optional('AppDomains', { children: [many('AppDomain', 1)] }),
    optional('Hosts', { children: [many('Host', 1, { attrs: ['Name'] })] }),
    requirements,
    once('DefaultSettings', { children: [once('SourceLocation', localeAware)] }),
    once('Permissions'),
    versionOverrides,
  ],
});

/**
 * Where an element breaks its particle: wrong or missing xsi:type, missing attributes, children
 * missing, repeated too often, out of order or not allowed. Empty when it conforms.
 * @example contentModelProblems(parseXml('<OfficeApp/>'), TASK_PANE_APP)
 *   // → ['/OfficeApp: xsi:type is missing, expected "TaskPaneApp"', '/OfficeApp: <Id> is missing', …]
 */
export function contentModelProblems(element: XmlElement, particle: Particle, parentPath = ''): string[] {
  const path = `${parentPath}/${element.name}`;
  const problems: string[] = [];
  if (particle.type !== undefined && element.attrs['xsi:type'] !== particle.type) {
    const found = element.attrs['xsi:type'];
    problems.push(`${path}: xsi:type is ${found === undefined ? 'missing' : `"${found}"`}, expected "${particle.type}"`);
  }
  for (const attr of particle.attrs ?? []) {
    if (element.attrs[attr] === undefined) problems.push(`${path}: attribute ${attr} is missing`);
  }
  const expected = particle.children ?? [];
  let next = 0;
  for (const child of expected) {
    let count = 0;
    while (next < element.children.length && element.children[next]?.name === child.name) {
      const actual = element.children[next] as XmlElement;
      if (count === child.max) problems.push(`${path}: <${child.name}> may occur at most ${child.max} time(s)`);
      problems.push(...contentModelProblems(actual, child, path));
      count++;
      next++;
    }
    if (count < child.min) problems.push(`${path}: <${child.name}> is missing`);
  }
  for (const extra of element.children.slice(next)) {
    problems.push(`${path}: <${extra.name}> is out of order or not allowed here (allowed, in order: ${expected.map((c) => c.name).join(', ') || 'nothing'})`);
  }
  return problems;
}
