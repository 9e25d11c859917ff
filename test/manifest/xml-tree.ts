/**
 * A parsed XML document as a plain tree: element names as written (with their prefix, e.g.
 * `bt:Image`), attributes, element children in document order and trimmed text. The manifest
 * checks walk this instead of fast-xml-parser's own shape.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type ParsedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

/**
 * Why a text is not well-formed XML, or null when it is.
 * @example xmlSyntaxError('<a><b></a>') // → "line 1, col 7: Expected closing tag 'b' …"
 */
export function xmlSyntaxError(xml: string): string | null {
  const result = XMLValidator.validate(xml);
  return result === true ? null : `line ${result.err.line}, col ${result.err.col}: ${result.err.msg}`;
}

/**
 * The root element of a well-formed XML text (the `<?xml …?>` declaration and comments dropped).
 * @example parseXml('<a x="1"><b>hi</b></a>').children[0]?.text // → 'hi'
 */
export function parseXml(xml: string): XmlElement {
  const roots = (parser.parse(xml) as ParsedNode[]).map(toElement).filter((e): e is XmlElement => e !== null);
  const [root] = roots;
  if (root === undefined || roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return root;
}

function toElement(node: ParsedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name.startsWith('?') || name === '#text') return null;
  const content = node[name] as ParsedNode[];
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const text = content.map((child) => child['#text']).filter((t) => t !== undefined).join('');
  const children = content.map(toElement).filter((e): e is XmlElement => e !== null);
  return { name, attrs, children, text: String(text) };
}

/**
 * Every element of the tree, depth first, the root included.
 * @example allElements(parseXml('<a><b/><c/></a>')).map((e) => e.name) // → ['a', 'b', 'c']
 */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/**
 * The element at a path of child names below `root`, first match at each step; undefined if absent.
 * @example childAt(manifest, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue
 */
export function childAt(root: XmlElement, ...names: string[]): XmlElement | undefined {
  let current: XmlElement | undefined = root;
  for (const name of names) current = current?.children.find((c) => c.name === name);
  return current;
}
