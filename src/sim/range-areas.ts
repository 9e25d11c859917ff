/** `Excel.RangeAreas` as `Range.getMergedAreasOrNullObject()` returns it: the merged areas in a range. */
import { sheetAddress } from './address';
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { mergedAreasIn } from './merged';
import type { Located } from './range';

export class SimRangeAreas extends ClientObject {
  private readonly areas: () => { name: string; rects: ReturnType<typeof mergedAreasIn> };

  constructor(context: SimRequestContext, locate: () => Located) {
    const areas = () => {
      const { sheet, rect } = locate();
      return { name: sheet.name, rects: mergedAreasIn(sheet, rect) };
    };
    super(context, 'RangeAreas', () => areas().rects.length > 0);
    this.areas = areas;
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      address: () => {
        const { name, rects } = this.areas();
        return rects.map((r) => sheetAddress(name, r)).join(',');
      },
      areaCount: () => this.areas().rects.length,
      cellCount: () => this.areas().rects.reduce((s, r) => s + r.rows * r.cols, 0),
    };
  }

  /** "Sheet1!A1:B2,Sheet1!D4:D5": the merged areas, comma-separated as Excel reports them. */
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
}
