/**
 * Fix plans against a real file workbook (VSS 2023 and KS 2018 seeds): apply, validate again,
 * revert, and compare the whole sheet.
 */
import type { Finding } from "../../../src/core/model";
import { standardProfile as profile } from "../../../src/core/profile/load";
import {
  CHANGE_LOG_HEADER,
  CHANGE_LOG_SHEET,
  planFixes,
  FixPlanSchema,
} from "../../../src/core/fix";
import { applyFixPlan, readChangeLog, revertLastPlan } from "../../../src/core/workflow";
import { validateReport } from "../../../src/core/validate";
import { seedWorkbook, structured } from "./support";

const NOW = new Date(2023, 8, 12, 14, 3, 12);
const LATER = new Date(2023, 8, 12, 15, 0, 0);

async function validate(
  port: Awaited<ReturnType<typeof seedWorkbook>>["port"],
  sheet: string,
): Promise<Finding[]> {
  const { report, register, grid } = await structured(port, sheet);
  return validateReport(report, { profile, register, grid });
}

describe("status.noncanonical fixes on vss-2023-delar", () => {
  it("apply all, validate again: none left; revert: the whole sheet is as before", async () => {
    const { port, sheet } = await seedWorkbook("vss-2023-delar");
    const before = await port.readSheet(sheet);
    const findings = await validate(port, sheet);
    const plan = planFixes(
      findings,
      { rules: ["status.noncanonical"] },
      { now: NOW, id: "ändr-test-1" },
    );
    expect(FixPlanSchema.parse(plan)).toEqual(plan);
    // Pågår, Genomförs ej, Avslutad, Ej startad, Klar … — every fixable noncanonical status.
    expect(plan.items.length).toBe(
      findings.filter((f) => f.rule === "status.noncanonical" && f.fix).length,
    );
    expect(plan.items.length).toBeGreaterThan(15);
    expect(plan.items.every((item) => item.rule === "status.noncanonical")).toBe(true);
    expect(plan.items.find((item) => item.cell === "D12")).toEqual({
      sheet,
      cell: "D12",
      oldValue: "Genomförs ej",
      newValue: "Ej genomfört",
      rule: "status.noncanonical",
    });

    const applied = await applyFixPlan(port, plan, NOW);
    expect(applied.skipped).toEqual([]);
    expect(applied.applied).toHaveLength(plan.items.length);
    expect((await port.readSheet(sheet)).rows[11]![3]!.text).toBe("Ej genomfört");
    expect((await validate(port, sheet)).filter((f) => f.rule === "status.noncanonical")).toEqual(
      [],
    );

    const log = await port.readSheet(CHANGE_LOG_SHEET);
    expect(log.rows[0]!.map((cell) => cell?.text)).toEqual([...CHANGE_LOG_HEADER]);
    expect(
      log.rows
        .slice(1)
        .find((row) => row[2]?.text === "D12")!
        .map((cell) => cell?.text ?? ""),
    ).toEqual([
      "2023-09-12 14:03:12",
      sheet,
      "D12",
      "Genomförs ej",
      "Ej genomfört",
      "status.noncanonical",
      "ändr-test-1",
    ]);

    const reverted = await revertLastPlan(port, LATER);
    expect(reverted.planId).toBe("ändr-test-1");
    expect(reverted.skipped).toEqual([]);
    expect(reverted.reverted).toHaveLength(plan.items.length);
    expect(await port.readSheet(sheet)).toEqual(before);

    const logRows = await readChangeLog(port);
    expect(logRows).toHaveLength(plan.items.length * 2);
    expect(
      logRows.filter((row) => row.rule === "ångra").every((row) => row.planId === "ändr-test-1"),
    ).toBe(true);
    expect(await revertLastPlan(port, LATER)).toMatchObject({
      planId: null,
      message: "Det finns ingen ändring att ångra.",
    });
  });

  it("undo is a stack: two plans are reverted newest first", async () => {
    const { port, sheet } = await seedWorkbook("vss-2023-delar");
    const before = await port.readSheet(sheet);
    const statusPlan = planFixes(
      await validate(port, sheet),
      { rules: ["status.noncanonical"] },
      { now: NOW, id: "plan-status" },
    );
    await applyFixPlan(port, statusPlan, NOW);
    const duePlan = planFixes(
      await validate(port, sheet),
      { rules: ["due.noncanonical"] },
      { now: NOW, id: "plan-due" },
    );
    expect(duePlan.items.find((item) => item.cell === "C12")).toMatchObject({
      oldValue: "Maj",
      newValue: "Kvartal 2",
    });
    await applyFixPlan(port, duePlan, NOW);
    expect((await revertLastPlan(port, LATER)).planId).toBe("plan-due");
    expect((await revertLastPlan(port, LATER)).planId).toBe("plan-status");
    expect(await port.readSheet(sheet)).toEqual(before);
  });

  it("skips (and reports) a cell changed since the validation, on apply and on revert", async () => {
    const { port, sheet } = await seedWorkbook("vss-2023-delar");
    const plan = planFixes(
      await validate(port, sheet),
      { rules: ["status.noncanonical"] },
      { now: NOW, id: "p1" },
    );
    await port.updateCells([{ sheet, cell: "D12", value: "Flyttad" }]);
    const applied = await applyFixPlan(port, plan, NOW);
    expect(applied.skipped).toEqual([
      expect.objectContaining({
        cell: "D12",
        currentValue: "Flyttad",
        reason: expect.stringContaining("har ändrats sedan kontrollen"),
      }),
    ]);
    expect(applied.applied).toHaveLength(plan.items.length - 1);
    expect((await port.readSheet(sheet)).rows[11]![3]!.text).toBe("Flyttad");

    await port.updateCells([{ sheet, cell: "D9", value: "Kvarstår" }]); // was Pågår → Pågående by the plan
    const reverted = await revertLastPlan(port, LATER);
    expect(reverted.skipped.map((s) => [s.cell, s.currentValue])).toEqual([["D9", "Kvarstår"]]);
    expect((await port.readSheet(sheet)).rows[8]![3]!.text).toBe("Kvarstår");
    expect((await port.readSheet(sheet)).rows[9]![3]!.text).toBe("Pågår");
  });
});

describe("shared Utfall column (ks-2018-delar)", () => {
  it("the fix keeps the comment in the cell, and reverting restores the sheet", async () => {
    const { port, sheet } = await seedWorkbook("ks-2018-delar");
    const before = await port.readSheet(sheet);
    const plan = planFixes(
      await validate(port, sheet),
      { rules: ["status.noncanonical"] },
      { now: NOW },
    );
    expect(plan.id).toMatch(/^ändr-20230912-140312-[0-9a-z]{4}$/);
    await applyFixPlan(port, plan, NOW);
    expect((await port.readSheet(sheet)).rows[19]![1]!.text).toBe(
      "Pågående – Kontaktcenter startar april 2019",
    );
    expect((await validate(port, sheet)).filter((f) => f.rule === "status.noncanonical")).toEqual(
      [],
    );
    await revertLastPlan(port, LATER);
    expect(await port.readSheet(sheet)).toEqual(before);
  });
});

describe("planFixes", () => {
  const finding = (rule: string, cell: string, oldValue: string, newValue: string): Finding => ({
    rule,
    severity: "warning",
    message: "",
    cell,
    sheet: "Uppföljning",
    row: 1,
    column: "D",
    value: oldValue,
    fix: { sheet: "Uppföljning", cell, oldValue, newValue },
  });
  it("one change per cell: the first is kept, a different second one is reported", () => {
    const plan = planFixes(
      [
        finding("status.noncanonical", "D9", "Pågår", "Pågående"),
        finding("other.rule", "D9", "Pågår", "Kvarstår"),
        finding("status.noncanonical", "D9", "Pågår", "Pågående"),
      ],
      {},
      { now: NOW, id: "x" },
    );
    expect(plan.items).toEqual([
      {
        sheet: "Uppföljning",
        cell: "D9",
        oldValue: "Pågår",
        newValue: "Pågående",
        rule: "status.noncanonical",
      },
    ]);
    expect(plan.skipped).toEqual([
      {
        sheet: "Uppföljning",
        cell: "D9",
        rule: "other.rule",
        reason:
          "Cellen D9 har redan en ändring i planen (regel status.noncanonical); bara den första tas med.",
      },
    ]);
  });
  it("filters by rule and ignores findings without a fix", () => {
    const noFix: Finding = { ...finding("due.noncanonical", "C20", "x", "y"), fix: undefined };
    const plan = planFixes(
      [
        finding("due.noncanonical", "C12", "Maj", "Kvartal 2"),
        finding("status.noncanonical", "D12", "Pågår", "Pågående"),
        noFix,
      ],
      { rules: ["due.noncanonical"] },
      { now: NOW, id: "x" },
    );
    expect(plan.items.map((item) => item.cell)).toEqual(["C12"]);
    expect(plan.createdAt).toBe(NOW.toISOString());
  });
});
