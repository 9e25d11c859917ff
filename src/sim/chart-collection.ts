/** `Excel.ChartCollection` of one worksheet. */
import { SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { SimChart } from './chart';
import { addChart } from './chart-model';
import { SimError } from './errors';
import { sheetById, type ChartModel, type WorkbookModel } from './model';
import type { SimRange } from './range';

export class SimChartCollection extends SimCollection<SimChart> {
  private readonly sheetId: () => string;

  constructor(context: SimRequestContext, sheetId: () => string) {
    super(context, 'ChartCollection');
    this.sheetId = sheetId;
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  private onSheet(): ChartModel[] {
    const id = this.sheetId();
    return this.book.charts.filter((c) => c.sheetId === id);
  }

  protected override listItems(): SimChart[] {
    return this.onSheet().map((c) => new SimChart(this.context, () => c));
  }

  getItem(name: string): SimChart {
    return new SimChart(this.context, () => {
      const chart = this.onSheet().find((c) => c.name === name || c.id === name);
      if (!chart) throw new SimError('ItemNotFound', `There is no chart named "${name}" on this worksheet.`);
      return chart;
    });
  }

  getItemAt(index: number): SimChart {
    return new SimChart(this.context, () => {
      const chart = this.onSheet()[index];
      if (!chart) throw new SimError('ItemNotFound', `There is no chart at index ${index} on this worksheet.`);
      return chart;
    });
  }

  /** Adds a chart of `type` (an Excel.ChartType name such as "ColumnClustered") fed by `sourceData`. */
  add(type: string, sourceData: SimRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): SimChart {
    let created: ChartModel | undefined;
    this.queue(64, () => {
      const { sheet: source, rect } = sourceData.locate();
      const sheet = sheetById(this.book, this.sheetId());
      created = addChart(this.book, sheet, source, type, rect, seriesBy);
    });
    return new SimChart(this.context, () => {
      if (!created || !this.book.charts.includes(created)) throw new SimError('ItemNotFound', 'The chart was not created (see the error of the sync that added it).');
      return created;
    });
  }
}
