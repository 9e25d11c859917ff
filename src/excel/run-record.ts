/**
 * What the workbook keeps about each run, and how it is kept: one custom XML part per run, its root element in
 * our namespace, the record as JSON text inside it. See README, "Where the recipe is stored".
 */

/** The namespace every run record's part is filed under; changing it would orphan the records in saved files. */
export const RUN_NAMESPACE = 'urn:segments-addin:run:1';

/** A sheet a run created: the id survives a rename, the name is what to tell the user. */
export interface RunSheet {
  readonly id: string;
  readonly name: string;
}

export interface RunRecord {
  /** "1", "2", … in the order runs were recorded in this workbook. */
  readonly id: string;
  /** ISO 8601 time of the run. */
  readonly date: string;
  readonly version: string;
  /** Sheet-qualified address of the data the run read. */
  readonly source: string;
  /** The recipe as validated, enough to run it again. */
  readonly recipe: unknown;
  readonly sheets: readonly RunSheet[];
  /** Where the result column was appended to the source, if it was. */
  readonly appendedColumn?: string;
  /** Whether the report got its "Score new rows" sheet of live formulas; a re-run writes it again. */
  readonly liveFormulas?: boolean;
}

const ROOT = 'segmentsRun';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The record as the XML document of a custom XML part. JSON inside one element keeps any recipe (or, later,
 * a saved model of megabytes) without an XML schema of its own.
 * @example encodeRunRecord(record) // '<segmentsRun xmlns="urn:segments-addin:run:1">{"id":"1",…}</segmentsRun>'
 */
export function encodeRunRecord(record: RunRecord): string {
  return `<${ROOT} xmlns="${RUN_NAMESPACE}">${escapeXml(JSON.stringify(record))}</${ROOT}>`;
}

/** The record in a part's XML, or undefined when the part is not one of ours or is damaged. */
export function decodeRunRecord(xml: string): RunRecord | undefined {
  const m = new RegExp(`^\\s*(?:<\\?xml[^?]*\\?>\\s*)?<${ROOT}\\b[^>]*>([\\s\\S]*)</${ROOT}>\\s*$`).exec(xml);
  if (!m) return undefined;
  try {
    const value = JSON.parse(unescapeXml(m[1] ?? '')) as Partial<RunRecord>;
    return typeof value.id === 'string' && Array.isArray(value.sheets) ? (value as RunRecord) : undefined;
  } catch {
    return undefined;
  }
}
