/**
 * `Excel.CustomXmlPartCollection` (ExcelApi 1.5): XML documents saved inside the workbook file, invisible on
 * the sheets, found by their root element's namespace. The add-in keeps its run records here.
 */
import { SimClientResult, SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { newId, type CustomXmlPartModel, type WorkbookModel } from './model';
import { SimModelPart } from './model-part';
import { jsonBytes } from './payload';

const ROOT = /^\s*(?:<\?xml[^?]*\?>\s*)?<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/;

/**
 * The namespace of the root element of `xml`, as Excel files the part; InvalidArgument when `xml` does not
 * start with an element or never closes it.
 * @example rootNamespace('<run xmlns="urn:x">…</run>') // 'urn:x'
 */
export function rootNamespace(xml: string): string {
  const m = ROOT.exec(xml);
  if (!m) throw new SimError('InvalidArgument', 'A custom XML part must be an XML document that starts with its root element.');
  const [, first = '', local, attributes = ''] = m;
  const prefix = local === undefined ? undefined : first;
  const tag = local === undefined ? first : `${first}:${local}`;
  if (!attributes.trimEnd().endsWith('/') && !xml.trimEnd().endsWith(`</${tag}>`)) {
    throw new SimError('InvalidArgument', `The custom XML part's root element <${tag}> is not closed; the XML is not well formed.`);
  }
  const declaration = new RegExp(`xmlns${prefix === undefined ? '' : `:${prefix}`}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return declaration?.[2] ?? declaration?.[3] ?? '';
}

function partProxy(context: SimRequestContext, find: () => CustomXmlPartModel | undefined, nullable: boolean): SimModelPart<CustomXmlPartModel> & { getXml(): SimClientResult<string>; setXml(xml: string): void; delete(): void } {
  const book = context.session.workbook;
  const record = (): CustomXmlPartModel => {
    const part = find();
    if (!part) throw new SimError('ItemNotFound', 'There is no such custom XML part in this workbook.');
    return part;
  };
  const part = new SimModelPart<CustomXmlPartModel>(context, 'CustomXmlPart', record, { id: { read: (p) => p.id }, namespaceUri: { read: (p) => p.namespaceUri } }, nullable ? () => find() !== undefined : undefined);
  part.defineCommand('delete', () => {
    const found = record();
    book.customXmlParts.splice(book.customXmlParts.indexOf(found), 1);
  });
  Object.defineProperty(part, 'setXml', {
    value: (xml: string) =>
      context.enqueue({
        sentBytes: jsonBytes(xml),
        execute: () => {
          const found = record();
          if (rootNamespace(xml) !== found.namespaceUri) throw new SimError('InvalidArgument', 'setXml cannot change the namespace of a custom XML part; delete it and add a new one.');
          found.xml = xml;
        },
      }),
  });
  Object.defineProperty(part, 'getXml', { value: () => new SimClientResult(context, () => record().xml) });
  return part as ReturnType<typeof partProxy>;
}

/** Parts of the workbook, all of them or those of one namespace (`getByNamespace`). */
export class SimCustomXmlPartCollection extends SimCollection<SimModelPart<CustomXmlPartModel>> {
  private readonly namespaceUri?: string;

  constructor(context: SimRequestContext, namespaceUri?: string) {
    super(context, namespaceUri === undefined ? 'CustomXmlPartCollection' : 'CustomXmlPartScopedCollection');
    if (namespaceUri !== undefined) this.namespaceUri = namespaceUri;
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  private inScope(): CustomXmlPartModel[] {
    return this.book.customXmlParts.filter((p) => this.namespaceUri === undefined || p.namespaceUri === this.namespaceUri);
  }

  protected override listItems(): SimModelPart<CustomXmlPartModel>[] {
    return this.inScope().map((p) => partProxy(this.context, () => this.book.customXmlParts.find((q) => q === p), false));
  }

  /** Stores a new part; its namespace is read from the root element. Not on a scoped collection, as in office-js. */
  add(xml: string): ReturnType<typeof partProxy> {
    if (this.namespaceUri !== undefined) throw new SimError('InvalidOperation', 'Parts are added through workbook.customXmlParts, not a collection scoped to a namespace.');
    let created: CustomXmlPartModel | undefined;
    this.queue(jsonBytes(xml), () => {
      created = { id: `{${newId(this.book, 'part')}}`, namespaceUri: rootNamespace(xml), xml };
      this.book.customXmlParts.push(created);
    });
    return partProxy(this.context, () => created && this.book.customXmlParts.find((p) => p === created), false);
  }

  getByNamespace(namespaceUri: string): SimCustomXmlPartCollection {
    return new SimCustomXmlPartCollection(this.context, namespaceUri);
  }

  getItem(id: string): ReturnType<typeof partProxy> {
    return partProxy(this.context, () => this.inScope().find((p) => p.id === id), false);
  }

  getItemOrNullObject(id: string): ReturnType<typeof partProxy> {
    return partProxy(this.context, () => this.inScope().find((p) => p.id === id), true);
  }

  /** The only part of this namespace; ItemNotFound when there are none or several. */
  getOnlyItem(): ReturnType<typeof partProxy> {
    return partProxy(this.context, () => this.only(), false);
  }

  getOnlyItemOrNullObject(): ReturnType<typeof partProxy> {
    return partProxy(this.context, () => this.only(), true);
  }

  private only(): CustomXmlPartModel | undefined {
    const parts = this.inScope();
    return parts.length === 1 ? parts[0] : undefined;
  }
}
