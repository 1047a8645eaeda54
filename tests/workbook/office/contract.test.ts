import { OfficeWorkbook } from "../../../src/workbook/office";
import { describePortContract } from "../contract";
import { FakeExcel } from "./fake-excel";

// The same contract as the ExcelJS adapter, against the behavioural fake of the Excel API.
describePortContract("OfficeWorkbook (fake Excel)", async () => {
  const excel = new FakeExcel();
  return new OfficeWorkbook(excel.run, { supports: () => true });
});
