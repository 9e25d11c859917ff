/** `Excel.Chart` and its parts; everything set on a chart is kept as data in the chart's record. */
import { parseAddress, rectA1 } from './address';
import { ClientObject, SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { checkChartType } from './chart-model';
import { SimError } from './errors';
import { type ChartModel, type SeriesModel, type WorkbookModel } from './model';
import { SimModelPart } from './model-part';
import type { SimRange } from './range';

const DISPLAY_BLANKS = ['NotPlotted', 'Zero', 'Interplotted'];

function axisTitle(context: SimRequestContext, chart: () => ChartModel, key: 'categoryAxisTitle' | 'valueAxisTitle') {
  const title = new SimModelPart(context, 'ChartAxisTitle', chart, {
    text: { read: (c) => c[key] ?? '', write: (c, v) => (c[key] = String(v)) },
    visible: { read: (c) => c[key] !== undefined, write: (c, v) => (v ? (c[key] ??= '') : delete c[key]) },
  });
  const axis = new SimModelPart(context, 'ChartAxis', chart, {});
  Object.defineProperty(axis, 'title', { enumerable: true, get: () => title });
  return axis;
}

export class SimChartSeries extends SimModelPart<SeriesModel> {
  constructor(context: SimRequestContext, series: () => SeriesModel, remove: () => void) {
    super(context, 'ChartSeries', series, {
      name: { read: (s) => s.name, write: (s, v) => (s.name = String(v)) },
      chartType: { read: (s) => s.chartType ?? null, write: (s, v) => (checkChartType(String(v)), (s.chartType = String(v))) },
    });
    this.defineCommand('setValues', (range: SimRange) => (series().values = refOf(range)));
    this.defineCommand('setXAxisValues', (range: SimRange) => (series().xValues = refOf(range)));
    this.defineCommand('delete', remove);
  }
}

function refOf(range: SimRange) {
  const { sheet, rect } = range.locate();
  return { sheetId: sheet.id, rect };
}

export class SimChartSeriesCollection extends SimCollection<SimChartSeries> {
  private readonly chart: () => ChartModel;

  constructor(context: SimRequestContext, chart: () => ChartModel) {
    super(context, 'ChartSeriesCollection');
    this.chart = chart;
  }

  private item(series: () => SeriesModel): SimChartSeries {
    return new SimChartSeries(this.context, series, () => {
      const chart = this.chart();
      chart.series = chart.series.filter((s) => s !== series());
    });
  }

  protected override listItems(): SimChartSeries[] {
    return this.chart().series.map((s) => this.item(() => s));
  }

  getItemAt(index: number): SimChartSeries {
    return this.item(() => {
      const s = this.chart().series[index];
      if (!s) throw new SimError('ItemNotFound', `Chart "${this.chart().name}" has no series at index ${index}.`);
      return s;
    });
  }

  /** Adds an empty series; give it data with setValues / setXAxisValues. */
  add(name?: string): SimChartSeries {
    let created: SeriesModel | undefined;
    this.queue(32, () => {
      const chart = this.chart();
      created = { name: name ?? `Series${chart.series.length + 1}` };
      chart.series.push(created);
    });
    return this.item(() => {
      if (!created) throw new SimError('ItemNotFound', 'The series was not added (see the error of the sync that added it).');
      return created;
    });
  }
}

export class SimChart extends ClientObject {
  readonly locate: () => ChartModel;

  constructor(context: SimRequestContext, locate: () => ChartModel, existsNow?: () => boolean) {
    super(context, 'Chart', existsNow);
    this.locate = locate;
  }

  private get book(): WorkbookModel {
    return this.context.session.workbook;
  }

  protected override readers(): Record<string, () => unknown> {
    return {
      id: () => this.locate().id,
      name: () => this.locate().name,
      chartType: () => this.locate().type,
      displayBlanksAs: () => this.locate().displayBlanksAs,
    };
  }

  get id(): string {
    return this.get('id');
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.queueSet('name', name, name.length + 16, () => (this.locate().name = name));
  }

  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(type: string) {
    this.queueSet('chartType', type, 32, () => {
      checkChartType(type);
      this.locate().type = type;
    });
  }

  get displayBlanksAs(): string {
    return this.get('displayBlanksAs');
  }
  set displayBlanksAs(how: string) {
    this.queueSet('displayBlanksAs', how, 32, () => {
      if (!DISPLAY_BLANKS.includes(how)) throw new SimError('InvalidArgument', `displayBlanksAs must be one of ${DISPLAY_BLANKS.join(', ')}, not "${how}".`);
      this.locate().displayBlanksAs = how as ChartModel['displayBlanksAs'];
    });
  }

  get title() {
    return this.child('title', () => this.makeTitle());
  }

  private makeTitle() {
    return new SimModelPart(this.context, 'ChartTitle', this.locate, {
      text: { read: (c) => c.title ?? '', write: (c, v) => (c.title = String(v)) },
      visible: { read: (c) => c.title !== undefined, write: (c, v) => (v ? (c.title ??= '') : delete c.title) },
    });
  }

  get legend() {
    return this.child('legend', () => this.makeLegend());
  }

  private makeLegend() {
    return new SimModelPart(this.context, 'ChartLegend', this.locate, {
      visible: { read: (c) => c.legend.visible, write: (c, v) => (c.legend.visible = Boolean(v)) },
      position: { read: (c) => c.legend.position, write: (c, v) => (c.legend.position = String(v)) },
    });
  }

  get axes() {
    return this.child('axes', () => this.makeAxes());
  }

  private makeAxes() {
    const axes = new SimModelPart(this.context, 'ChartAxes', this.locate, {});
    const category = axisTitle(this.context, this.locate, 'categoryAxisTitle');
    const value = axisTitle(this.context, this.locate, 'valueAxisTitle');
    Object.defineProperty(axes, 'categoryAxis', { enumerable: true, get: () => category });
    Object.defineProperty(axes, 'valueAxis', { enumerable: true, get: () => value });
    return axes;
  }

  get series(): SimChartSeriesCollection {
    return this.child('series', () => new SimChartSeriesCollection(this.context, this.locate));
  }

  /** Places the chart over cells, recorded as A1 addresses ("D2", "K20"). */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    const a1 = (c: SimRange | string) => rectA1(typeof c === 'string' ? parseAddress(c).rect : c.locate().rect);
    this.queue(32, () => {
      const chart = this.locate();
      chart.position = endCell === undefined ? { start: a1(startCell) } : { start: a1(startCell), end: a1(endCell) };
    });
  }

  delete(): void {
    this.queue(16, () => {
      const chart = this.locate();
      this.book.charts.splice(this.book.charts.indexOf(chart), 1);
    });
  }
}
