/** Charts: add, title, series colours, position. */
import { FakeOfficeError } from "./errors";
import type { ChartDoc } from "./model";
import { assertWritable, type FakeRange } from "./range";
import type { FakeWorksheet } from "./workbook";

class FakeChart {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): { format: { fill: { setSolidColor(c: string): void } } } };
  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly chart: () => ChartDoc,
  ) {
    this.title = {
      set text(v: string) {
        sheet.run(() => (chart().title = v));
      },
    } as { text: string };
    this.series = {
      getItemAt: (i: number) => ({
        format: { fill: { setSolidColor: (c: string) => sheet.run(() => (chart().seriesColours[i] = c)) } },
      }),
    };
  }
  setPosition(start: string, end: string): void {
    this.sheet.run(() => (this.chart().position = [start, end]));
  }
}

export class FakeCharts {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let created: ChartDoc | undefined;
    this.sheet.run((s) => {
      assertWritable(s);
      created = { type, source: source.ref().area, seriesBy, seriesColours: [] };
      s.charts.push(created);
    });
    return new FakeChart(this.sheet, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "Chart was not created.");
      return created;
    });
  }
}
