/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App, VIEWS } from "../../src/taskpane/App";
import { RULE_OPEN_LIMIT } from "../../src/taskpane/components/FindingGroups";
import { fakeServices } from "./fake-services";
import { seedFindings, seedSummary, validationOf } from "./seed-data";

/** Serious and critical axe violations of the document (colour contrast needs a real browser: e2e). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`);
}

/**
 * Each rule's findings up to one more than a group shows open, so the page has every kind of
 * group (open and folded) without hundreds of rows: axe's time grows with the page.
 */
function fewPerRule<T extends { rule: string }>(findings: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return findings.filter((finding) => {
    const count = (seen.get(finding.rule) ?? 0) + 1;
    seen.set(finding.rule, count);
    return count <= RULE_OPEN_LIMIT + 1;
  });
}

describe("accessibility (axe, jsdom)", () => {
  const seed = seedFindings("kof-2020-delar");
  const kof = { ...seed, findings: fewPerRule(seed.findings) };
  const summary = seedSummary();

  // The lazily loaded views (views/lazy.tsx), compiled once up front so that loading one in a
  // test takes a frame rather than a transpile on a busy machine.
  beforeAll(async () => {
    await Promise.all([
      import("../../src/taskpane/views/CheckView"),
      import("../../src/taskpane/views/SubmitView"),
      import("../../src/taskpane/views/ConsolidateView"),
      import("../../src/taskpane/views/SettingsView"),
    ]);
  });

  it.each(VIEWS)("view %s, with its result shown, has no serious or critical violations", async (view) => {
    const services = fakeServices({
      check: jest.fn(async () => validationOf([kof])),
      consolidate: jest.fn(async () => summary),
    });
    render(<App services={services} openWorkbook={async () => services} initialView={view} />);
    if (view === "kontrollera") {
      // Views other than Mall are chunks of their own, loaded after the first paint.
      await userEvent.click(await screen.findByRole("button", { name: "Kontrollera" }));
      await screen.findByTestId("check-summary");
    }
    if (view === "sammanstall") {
      // The template sheets are listed asynchronously.
      await waitFor(() => expect(screen.getByRole("button", { name: "Läs in och sammanställ" })).toBeEnabled());
      await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
      await screen.findByTestId("consolidate-totals");
    }
    expect(await seriousViolations()).toEqual([]);
    // axe itself takes 1-7 s per view in jsdom on an idle machine and three times that at a load
    // of 8 on two cores; the margin is for that, not for the pane.
  }, 60_000);
});
