/** @jest-environment jsdom */
import { detectHost, isExcelOnTheWeb, isInsideExcel } from "../../../src/workbook/host";

describe("host detection (office-js-helpers behind src/workbook/host.ts)", () => {
  afterEach(() => {
    delete (window as unknown as { Office?: unknown }).Office;
  });

  it("a plain browser tab is standalone", () => {
    expect(detectHost()).toEqual({ kind: "standalone", host: "WEB", platform: null });
    expect(isInsideExcel()).toBe(false);
  });

  it("inside Excel on the web", () => {
    (window as unknown as { Office: unknown }).Office = { context: { host: "Excel", platform: "OfficeOnline" } };
    expect(detectHost()).toEqual({ kind: "excel", host: "EXCEL", platform: "OFFICE_ONLINE" });
    expect(isInsideExcel()).toBe(true);
    expect(isExcelOnTheWeb()).toBe(true);
  });

  it("another Office host is not Excel", () => {
    (window as unknown as { Office: unknown }).Office = { context: { host: "Word", platform: "PC" } };
    expect(detectHost().kind).toBe("other-office");
  });
});
