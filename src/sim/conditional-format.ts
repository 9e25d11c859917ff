/**
 * `Excel.ConditionalFormatCollection` on a range, for colour scales only (what the report writer uses):
 * `add('ColorScale')` records the range, and `colorScale.criteria` the stops, as data a test can inspect.
 * Other conditional-format types throw "not implemented in the simulator".
 */
import { SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { notImplemented, SimError } from './errors';
import { assertWritable, type ConditionalFormatModel } from './model';
import { SimModelPart } from './model-part';
import type { Located } from './range';

/** The proxy `add` returns: `type`, and `colorScale.criteria` to set. */
export class SimConditionalFormat extends SimModelPart<ConditionalFormatModel> {
  readonly colorScale: SimModelPart<ConditionalFormatModel>;

  constructor(context: SimRequestContext, record: () => ConditionalFormatModel) {
    super(context, 'ConditionalFormat', record, { type: { read: (m) => m.type } });
    this.colorScale = new SimModelPart(context, 'ColorScaleConditionalFormat', record, {
      criteria: { read: (m) => m.criteria ?? null, write: (m, v) => (m.criteria = JSON.parse(JSON.stringify(v)) as unknown) },
    });
  }
}

export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat> {
  private readonly locate: () => Located;

  constructor(context: SimRequestContext, locate: () => Located) {
    super(context, 'ConditionalFormatCollection');
    this.locate = locate;
  }

  /** The conditional formats whose range overlaps this one, as Excel lists them. */
  private inRange(): ConditionalFormatModel[] {
    const { sheet, rect } = this.locate();
    return sheet.conditionalFormats.filter(
      (f) => f.rect.row < rect.row + rect.rows && rect.row < f.rect.row + f.rect.rows && f.rect.col < rect.col + rect.cols && rect.col < f.rect.col + f.rect.cols,
    );
  }

  protected override listItems(): SimConditionalFormat[] {
    return this.inRange().map((f) => new SimConditionalFormat(this.context, () => f));
  }

  add(type: string): SimConditionalFormat {
    if (type !== 'ColorScale') throw notImplemented(`ConditionalFormatCollection.add('${type}')`);
    let created: ConditionalFormatModel | undefined;
    this.queue(32, () => {
      const { sheet, rect } = this.locate();
      assertWritable(sheet);
      created = { rect, type: 'ColorScale' };
      sheet.conditionalFormats.push(created);
    });
    return new SimConditionalFormat(this.context, () => {
      if (!created) throw new SimError('ItemNotFound', 'The conditional format was not added (see the error of the sync that added it).');
      return created;
    });
  }
}
