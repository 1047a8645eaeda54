import type { Finding } from "../../../src/core/model";
import { marksBySheet, withoutCells } from "../../../src/core/workflow/marks";

const finding = (sheet: string, cell: string, severity: Finding["severity"]): Finding => ({
  rule: "r",
  severity,
  message: "m",
  cell,
  sheet,
  row: null,
  column: null,
  value: null,
});

describe("finding marks", () => {
  it("marks each cell once, with its most severe finding, and skips findings without a cell", () => {
    const marks = marksBySheet([
      finding("Uppföljning", "H8", "info"),
      finding("Uppföljning", "$H$8", "error"),
      finding("Uppföljning", "H8", "warning"),
      finding("Uppföljning", "", "error"),
      finding("Mall", "D9", "warning"),
    ]);
    expect(marks.get("Uppföljning")).toEqual([{ cell: "H8", severity: "error" }]);
    expect(marks.get("Mall")).toEqual([{ cell: "D9", severity: "warning" }]);
  });

  it("drops the marks of fixed cells on their own sheet only", () => {
    const marks = marksBySheet([finding("A", "H8", "error"), finding("B", "H8", "error"), finding("A", "D9", "info")]);
    const left = withoutCells(marks, [{ sheet: "A", cell: "h8" }]);
    expect(left.get("A")).toEqual([{ cell: "D9", severity: "info" }]);
    expect(left.get("B")).toEqual([{ cell: "H8", severity: "error" }]);
  });
});
