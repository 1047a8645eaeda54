/**
 * A behavioural double of the Excel JavaScript API — the subset OfficeWorkbook uses — at least as
 * strict as Excel's documentation (each rule cites its page; the limits are in fake/rules.ts), so
 * the port contract runs against the Office adapter and fails where real Excel would.
 * office-addin-mock only stores the properties it is given; this double keeps a workbook model:
 *
 * - Proxies queue commands; nothing happens until context.sync(). A property read before the
 *   sync throws PropertyNotLoaded, like Office.js.
 * - A sync measures its request (calls + the JSON of what is set) and response (the JSON of what is
 *   loaded) and fails over 5 MB; it runs the queue in order and stops at the first failing command:
 *   commands before it stay applied, as in Excel — which is why the adapter checks first, writes last.
 * - In cell edit mode a sync fails with InvalidOperationInCellEditMode unless the batch was run with
 *   delayForCellEdit, which waits for the user (excel.exitEditMode()).
 * - A context works only inside its run (or a run given it as previousObjects).
 * - Values set on a General cell are parsed as Excel does: "=…", "+…", "-…", "@…" become formulas,
 *   "007" a number, "TRUE" a boolean, an ISO date a date serial. A cell formatted "@" keeps text.
 *
 * Formulas are stored, not evaluated (their value reads back as 0).
 */
export { FakeOfficeError } from "./fake/errors";
export { FakeExcel, FakeContext, type FakeRunOptions, type SyncRecord } from "./fake/excel";
export {
  SheetDoc,
  TableDoc,
  parseArea,
  type CellFormat,
  type ChartDoc,
  type ConditionalFormatDoc,
  type ValidationDoc,
} from "./fake/model";
export * as limits from "./fake/rules";
