/** @jest-environment jsdom */
/**
 * Kontrollera for a real working day (issue 16): no dead end in the browser, the settings count as
 * report details, each finding shows its activity, plural forms, a list that can be passed.
 */
import "../support/jsdom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckView } from "../../src/taskpane/views/CheckView";
import type { ValidationReport } from "../../src/taskpane/services";
import { fakeServices, mock } from "./fake-services";
import { renderInPane, settings } from "./render";
import { seedFindings, validationOf } from "./seed-data";

const kof = seedFindings("kof-2020-delar");
const kofOutcome: ValidationReport = validationOf([kof]);
const an = seedFindings("an-2024-delar");
const ambiguous = kof.findings.find((f) => f.rule === "status.ambiguous")!;

async function runCheck(outcome: ValidationReport = kofOutcome, mode: "excel" | "standalone" = "standalone") {
  const services = fakeServices({ mode, check: jest.fn(async () => outcome), exportWorkbook: jest.fn(async () => ({ fileName: "x.xlsx", bytes: new Uint8Array(), mimeType: "x" })) });
  renderInPane(<CheckView services={services} settings={settings({ organisation: "KoF", year: "2020", period: "delar" })} />);
  await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
  await screen.findByTestId("check-summary");
  return services;
}

describe("Kontrollera, a working day", () => {
  it("standalone: Gå till explains how to fix the cell (download, Excel, reopen) instead of doing nothing", async () => {
    const services = await runCheck();
    const group = within(screen.getByTestId("rule-status.ambiguous"));
    await userEvent.click(group.getByRole("button", { name: `Gå till ${ambiguous.cell}` }));
    const note = screen.getByTestId("standalone-goto");
    expect(note).toHaveTextContent(`Cellen ${ambiguous.cell} kan inte visas här`);
    expect(note).toHaveTextContent(`Ladda ner arbetsboken, rätta ${ambiguous.cell} på bladet ${ambiguous.sheet} i Excel`);
    expect(mock(services, "select")).not.toHaveBeenCalled();
    await userEvent.click(within(note).getByRole("button", { name: "Ladda ner arbetsboken" }));
    expect(mock(services, "exportWorkbook")).toHaveBeenCalled();
  });

  it("passes Inställningar's organisation, year and period as the report's details", async () => {
    const services = await runCheck();
    expect(mock(services, "check")).toHaveBeenCalledWith(
      expect.objectContaining({ meta: { organisation: "KoF", year: 2020, period: "delar" } }),
    );
  });

  it("a finding shows its activity's text beside its cell; the sheet is named", async () => {
    await runCheck();
    const activity = kof.report.activities.find((a) => a.source.row === ambiguous.row)!.activity;
    const finding = within(screen.getByTestId("rule-status.ambiguous")).getByTestId("finding");
    expect(within(finding).getByTestId("finding-activity")).toHaveTextContent(`Aktivitet: ${activity.replace(/\s+/g, " ")}`);
    expect(screen.getByTestId("check-sheet")).toHaveTextContent(`Bladet ${kof.report.sheet}`);
  });

  it("plural forms: 1 fel, 1 varning, 1 upplysning", async () => {
    const one = (severity: string) => kof.findings.find((f) => f.severity === severity)!;
    await runCheck(validationOf([{ report: kof.report, findings: [one("error"), one("warning"), one("info")] }]));
    expect(screen.getByTestId("check-summary")).toHaveTextContent(/^1 fel, 1 varning, 1 upplysning$/);
  });

  it("focus goes to the result when the check is done, not back to the top", async () => {
    await runCheck();
    await waitFor(() => expect(screen.getByTestId("check-summary")).toHaveFocus());
  });

  it("large rule groups start folded; a skip link jumps past the list; arrow keys move inside a group", async () => {
    await runCheck(validationOf([an]));
    const big = an.findings.filter((f) => f.rule === "status.noncanonical");
    expect(big.length).toBeGreaterThan(10);
    const group = screen.getByTestId("rule-status.noncanonical");
    expect(within(group).queryAllByTestId("finding")).toHaveLength(0);
    await userEvent.click(within(group).getAllByRole("button")[0]!);
    expect(within(group).getAllByTestId("finding")).toHaveLength(big.length);
    // One tabster mover per group: Tab enters it once, the arrows walk it.
    expect(within(group).getByRole("list").getAttribute("data-tabster")).toContain("mover");

    await userEvent.click(screen.getByTestId("skip-findings"));
    expect(screen.getByText("Slut på anmärkningarna")).toHaveFocus();
  });

  it("alerts do not stack: a second failure replaces the first", async () => {
    const services = await runCheck(kofOutcome, "excel");
    mock(services, "select").mockRejectedValue(new Error("Avsluta redigeringen av cellen och försök igen."));
    const group = within(screen.getByTestId("rule-status.ambiguous"));
    await userEvent.click(group.getByRole("button", { name: `Gå till ${ambiguous.cell}` }));
    await userEvent.click(group.getByRole("button", { name: `Gå till ${ambiguous.cell}` }));
    await waitFor(() => expect(screen.getAllByTestId("error-bar")).toHaveLength(1));
  });

  it("after fixes are applied the focus goes to the new result, not to the top", async () => {
    await runCheck(validationOf([seedFindings("vss-2023-delar")]));
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.click(screen.getByRole("button", { name: /^Rätta alla/ }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    await userEvent.click(within(dialog).getByRole("button", { name: /^Rätta \d+ cell/, hidden: true }));
    await screen.findByText(/cell(er)? rättades\./);
    await waitFor(() => expect(screen.getByTestId("check-summary")).toHaveFocus());
  });
});
