/**
 * Resource references in VersionOverrides: each `resid` must name a resource of the kind its
 * element expects (an image for bt:Image, a URL for SourceLocation, a long string for a
 * Supertip's Description, a short string for labels and titles), and resource ids must be unique
 * within their kind.
 */
import { allElements, childAt, type XmlElement } from './xml-tree';

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';

const KIND_OF_REFERENCE: Record<string, ResourceKind> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Description: 'bt:LongStrings',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
};

/**
 * The defined resources of one kind, id → DefaultValue.
 * @example resources(manifest, 'bt:Urls').get('Segments.Taskpane.Url') // → 'https://localhost:3000/taskpane.html'
 */
export function resources(manifest: XmlElement, kind: ResourceKind): Map<string, string> {
  const items = childAt(manifest, 'VersionOverrides', 'Resources', kind)?.children ?? [];
  return new Map(items.map((item) => [item.attrs.id ?? '', item.attrs.DefaultValue ?? '']));
}

/**
 * Every reference that does not resolve, and every id defined twice in one kind; empty when all is well.
 * @example resourceProblems(manifest) // → ['<Label resid="Segments.Typo"> names no bt:ShortStrings resource']
 */
export function resourceProblems(manifest: XmlElement): string[] {
  const problems: string[] = [];
  for (const kind of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'] as const) {
    const ids = (childAt(manifest, 'VersionOverrides', 'Resources', kind)?.children ?? []).map((item) => item.attrs.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`${kind} defines id "${id}" more than once`);
  }
  for (const element of allElements(manifest).filter((e) => e.attrs.resid !== undefined)) {
    const kind = KIND_OF_REFERENCE[element.name];
    const resid = element.attrs.resid as string;
    if (kind === undefined) problems.push(`<${element.name} resid="${resid}"> is not an element that takes a resource reference`);
    else if (!resources(manifest, kind).has(resid)) problems.push(`<${element.name} resid="${resid}"> names no ${kind} resource`);
  }
  return problems;
}
