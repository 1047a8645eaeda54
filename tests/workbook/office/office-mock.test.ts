/**
 * Focused tests of single Office.js calls with office-addin-mock (it stores only the properties
 * given to it, so it checks which calls are made, not Excel's behaviour — that is fake-excel.ts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { WorkbookError } from "../../../src/core/port";

function mockWorkbook() {
  const select = jest.fn();
  const activate = jest.fn();
  const getRange = jest.fn(() => ({ select }));
  const getItem = jest.fn(() => ({ activate, getRange }));
  const context = new OfficeMockObject({ workbook: { worksheets: { getItem } } });
  const sync = jest.spyOn(context, "sync");
  const port = new OfficeWorkbook(<T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext), {
    supports: () => true,
  });
  return { port, sync, getItem, getRange, activate, select };
}

describe("OfficeWorkbook with office-addin-mock", () => {
  it("select: activate the sheet, select the cell, one sync", async () => {
    const { port, sync, getItem, getRange, activate, select } = mockWorkbook();
    await port.select("Uppföljning", "H12");
    expect(getItem).toHaveBeenCalledWith("Uppföljning");
    expect(activate).toHaveBeenCalledTimes(1);
    expect(getRange).toHaveBeenCalledWith("H12");
    expect(select).toHaveBeenCalledTimes(1);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("an Office error while the user edits a cell becomes a Swedish edit-mode error", async () => {
    const { port, sync } = mockWorkbook();
    sync.mockRejectedValueOnce(Object.assign(new Error("The operation is not allowed in cell edit mode."), { code: "InvalidOperationInCellEditMode" }));
    const error = await port.select("Uppföljning", "H12").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "edit-mode", message: expect.stringContaining("Avsluta redigeringen av cellen och försök igen") });
  });
});
