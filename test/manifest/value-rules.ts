/**
 * The simple types of the manifest schema that an element-order check cannot see: patterns
 * (UUID, Version, CultureName, ShortVersion), length limits (ShortString 125, LongString 250,
 * ReferenceId 32, URL 2048), enumerations (Permissions) and the icon sizes IconList accepts.
 * Transcribed from OfficeAppManifestV1_1.xsd and OfficeAppBasicTypesV1_0.xsd, which no npm
 * package ships (see content-model.ts).
 */
import { allElements, childAt, type XmlElement } from './xml-tree';

const UUID = /^(urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE_NAME = /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
/** IconList sizes: 16, 32 and 80 are mandatory, the rest optional. */
const ICON_SIZES = ['16', '20', '24', '32', '40', '48', '64', '80'];
const MANDATORY_ICON_SIZES = ['16', '32', '80'];
const SHORT = 125;
const LONG = 250;
const REFERENCE_ID = 32;
const URL_LENGTH = 2048;

function lengthProblem(what: string, value: string | undefined, max: number): string[] {
  if (value === undefined || value.length === 0) return [`${what} is empty`];
  return value.length > max ? [`${what} has ${value.length} characters, at most ${max} allowed`] : [];
}

function patternProblem(what: string, value: string | undefined, pattern: RegExp): string[] {
  return value !== undefined && pattern.test(value) ? [] : [`${what} "${value ?? ''}" does not match ${pattern.source}`];
}

/**
 * Every value in the manifest that breaks its schema type; empty when all conform.
 * @example valueProblems(manifest) // → ['<Permissions> "ReadWrite" is not one of Restricted, …']
 */
export function valueProblems(manifest: XmlElement): string[] {
  const text = (name: string): string | undefined => childAt(manifest, name)?.text;
  const defaultValue = (name: string): string | undefined => childAt(manifest, name)?.attrs.DefaultValue;
  const problems = [
    ...patternProblem('<Id>', text('Id'), UUID),
    ...patternProblem('<Version>', text('Version'), VERSION),
    ...lengthProblem('<ProviderName>', text('ProviderName'), SHORT),
    ...patternProblem('<DefaultLocale>', text('DefaultLocale'), CULTURE_NAME),
    ...lengthProblem('<DisplayName DefaultValue>', defaultValue('DisplayName'), SHORT),
    ...lengthProblem('<Description DefaultValue>', defaultValue('Description'), LONG),
  ];
  const permission = text('Permissions') ?? '';
  if (!PERMISSIONS.includes(permission)) problems.push(`<Permissions> "${permission}" is not one of ${PERMISSIONS.join(', ')}`);

  for (const element of allElements(manifest)) {
    const { id, resid, DefaultValue: value, MinVersion: minVersion } = element.attrs;
    const inResources = /^bt:(Image|Url|String)$/.test(element.name);
    if (id !== undefined) problems.push(...lengthProblem(`<${element.name} id>`, id, inResources ? REFERENCE_ID : SHORT));
    if (resid !== undefined) problems.push(...lengthProblem(`<${element.name} resid>`, resid, REFERENCE_ID));
    if (minVersion !== undefined) problems.push(...patternProblem(`<${element.name} MinVersion>`, minVersion, SHORT_VERSION));
    if (element.name === 'TaskpaneId') problems.push(...lengthProblem('<TaskpaneId>', element.text, SHORT));
    if (value !== undefined && /Url$|^SourceLocation$|^bt:(Image|Url)$/.test(element.name)) {
      problems.push(...lengthProblem(`<${element.name}> URL`, value, URL_LENGTH));
      if (!value.startsWith('https://')) problems.push(`<${element.name}> URL "${value}" is not https`);
    }
    if (element.name === 'Icon') {
      const sizes = element.children.map((image) => image.attrs.size ?? '');
      for (const size of sizes) if (!ICON_SIZES.includes(size)) problems.push(`<bt:Image size="${size}"> is not one of ${ICON_SIZES.join(', ')}`);
      for (const size of MANDATORY_ICON_SIZES) if (!sizes.includes(size)) problems.push(`an <Icon> lacks the mandatory ${size} px image`);
    }
  }
  const short = childAt(manifest, 'VersionOverrides', 'Resources', 'bt:ShortStrings')?.children ?? [];
  const long = childAt(manifest, 'VersionOverrides', 'Resources', 'bt:LongStrings')?.children ?? [];
  for (const s of short) problems.push(...lengthProblem(`short string "${s.attrs.id}"`, s.attrs.DefaultValue, SHORT));
  for (const s of long) problems.push(...lengthProblem(`long string "${s.attrs.id}"`, s.attrs.DefaultValue, LONG));
  return problems;
}
