/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App, VIEWS } from "../../src/taskpane/App";
import { fakeServices } from "./fake-services";
import { seedFindings, seedSummary } from "./seed-data";

/** Serious and critical axe violations of the document (colour contrast needs a real browser: e2e). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`);
}

/** A lazily loaded view on a loaded 2-core machine with a cold transform cache can take seconds. */
const LAZY_VIEW = { timeout: 20_000 };

describe("accessibility (axe, jsdom)", () => {
  const kof = seedFindings("kof-2020-delar");
  const summary = seedSummary();

  it.each(VIEWS)("view %s, with its result shown, has no serious or critical violations", async (view) => {
    const services = fakeServices({
      check: jest.fn(async () => ({ reports: [kof], failures: [] })),
      consolidate: jest.fn(async () => summary),
    });
    render(<App services={services} openWorkbook={async () => services} initialView={view} />);
    if (view === "kontrollera") {
      // Views other than Mall are chunks of their own, loaded after the first paint.
      await userEvent.click(await screen.findByRole("button", { name: "Kontrollera" }, LAZY_VIEW));
      await screen.findByTestId("check-summary");
    }
    if (view === "sammanstall") {
      // The template sheets are listed asynchronously; a loaded machine can take over a second.
      await waitFor(() => expect(screen.getByRole("button", { name: "Läs in och sammanställ" })).toBeEnabled(), LAZY_VIEW);
      await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
      await screen.findByTestId("consolidate-totals");
    }
    expect(await seriousViolations()).toEqual([]);
  }, 120_000);
});
