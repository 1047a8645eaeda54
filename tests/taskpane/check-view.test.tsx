/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckView } from "../../src/taskpane/views/CheckView";
import type { ValidationReport } from "../../src/taskpane/services";
import { deferred, fakeServices, mock } from "./fake-services";
import { renderInPane, settings } from "./render";
import { seedFindings, validationOf } from "./seed-data";

const kof = seedFindings("kof-2020-delar");
const vss = seedFindings("vss-2023-delar");
const kofOutcome: ValidationReport = validationOf([kof]);
const vssOutcome: ValidationReport = validationOf([vss]);

/** Large rule groups start folded: unfold one the way a user does, by its header. */
async function openRuleGroup(rule: string): Promise<void> {
  const group = await screen.findByTestId(`rule-${rule}`);
  if (within(group).queryAllByTestId("finding").length > 0) return;
  await userEvent.click(within(group).getAllByRole("button")[0]!);
}

describe("Kontrollera", () => {
  it("empty: says no check has run and offers the button", () => {
    renderInPane(<CheckView services={fakeServices()} settings={settings()} />);
    expect(screen.getByRole("heading", { level: 2, name: "Kontrollera" })).toBeInTheDocument();
    expect(screen.getByText("Ingen kontroll har körts ännu.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kontrollera" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Rätta alla (0)" })).toBeDisabled();
  });

  it("asks for a workbook when none is open (standalone)", () => {
    renderInPane(<CheckView services={fakeServices({ workbookName: null })} settings={settings()} />);
    expect(screen.getByText("Öppna en arbetsbok först (överst i panelen).")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Kontrollera" })).not.toBeInTheDocument();
  });

  it("working: a spinner while checking, buttons disabled; passes cut-off and language", async () => {
    const pending = deferred<ValidationReport>();
    const services = fakeServices({ check: jest.fn(() => pending.promise) });
    renderInPane(<CheckView services={services} settings={settings({ cutoff: "2020-08-31" })} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    expect(screen.getByText("Kontrollerar …")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kontrollera" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Ångra senaste rättningar" })).toBeDisabled();
    expect(mock(services, "check")).toHaveBeenCalledWith({ cutoff: "2020-08-31", lang: "sv", meta: {} });
    pending.resolve(kofOutcome);
    expect(await screen.findByTestId("check-summary")).toBeInTheDocument();
  });

  it("result: findings of the KOF 2020 seed grouped by severity, then rule, with counts", async () => {
    renderInPane(<CheckView services={fakeServices({ check: jest.fn(async () => kofOutcome) })} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const counts = (severity: string) => kof.findings.filter((f) => f.severity === severity).length;
    expect(await screen.findByTestId("check-summary")).toHaveTextContent(
      `${counts("error")} fel, ${counts("warning")} varningar, ${counts("info")} upplysningar`,
    );
    // Severity groups in order error → warning → info, each with its count.
    const headers = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(headers).toEqual([`Fel${counts("error")}`, `Varningar${counts("warning")}`, `Upplysningar${counts("info")}`]);
    // Inside a severity: one group per rule, most frequent first.
    const warnings = within(screen.getByTestId("severity-warning"));
    const ruleHeadings = warnings.getAllByRole("heading", { level: 5 }).map((h) => h.textContent);
    const missing = kof.findings.filter((f) => f.rule === "due.missing").length;
    const noncanonical = kof.findings.filter((f) => f.rule === "due.noncanonical").length;
    expect(ruleHeadings).toEqual([`Slutdatum saknas${missing}`, `Slutdatum som inte är ett kvartal${noncanonical}`]);
    expect(within(screen.getByTestId("rule-status.ambiguous")).getAllByTestId("finding")).toHaveLength(1);
  });

  it("clicking a finding goes to its cell (in Excel)", async () => {
    const services = fakeServices({ mode: "excel", check: jest.fn(async () => kofOutcome) });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const ambiguous = kof.findings.find((f) => f.rule === "status.ambiguous")!;
    const group = within(await screen.findByTestId("rule-status.ambiguous"));
    await userEvent.click(group.getByRole("button", { name: `Gå till ${ambiguous.cell}` }));
    expect(mock(services, "select")).toHaveBeenCalledWith(ambiguous.sheet, ambiguous.cell);
  });

  it("one report sheet: a finding shows its cell only", async () => {
    renderInPane(<CheckView services={fakeServices({ check: jest.fn(async () => kofOutcome) })} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const ambiguous = kof.findings.find((f) => f.rule === "status.ambiguous")!;
    const group = within(await screen.findByTestId("rule-status.ambiguous"));
    expect(group.getByTestId("finding-location")).toHaveTextContent(new RegExp(`^${ambiguous.cell}$`));
  });

  it("several report sheets: each finding names its sheet (Uppföljning!D20), and going there selects that sheet", async () => {
    // Three report sheets in one workbook: the KOF report's ambiguous status, the VSS report's
    // fixable findings, and the same findings on a second VSS sheet (another board's). Only the
    // findings this test looks at, so the pane renders tens of rows rather than hundreds.
    const ambiguousOnly = { ...kof, findings: kof.findings.filter((f) => f.rule === "status.ambiguous") };
    const fixableOnly = { ...vss, findings: vss.findings.filter((f) => f.fix) };
    const onSheet2 = (f: (typeof vss.findings)[number]) => ({ ...f, sheet: "Nämnd 2", ...(f.fix && { fix: { ...f.fix, sheet: "Nämnd 2" } }) });
    const other = { report: { ...vss.report, sheet: "Nämnd 2" }, findings: fixableOnly.findings.map(onSheet2) };
    const services = fakeServices({ mode: "excel", check: jest.fn(async () => validationOf([ambiguousOnly, fixableOnly, other])) });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const ambiguous = kof.findings.find((f) => f.rule === "status.ambiguous")!;
    const where = `${kof.report.sheet}!${ambiguous.cell}`;
    const group = within(await screen.findByTestId("rule-status.ambiguous"));
    expect(group.getByTestId("finding-location")).toHaveTextContent(where);
    await userEvent.click(group.getByRole("button", { name: `Gå till ${where}` }));
    expect(mock(services, "select")).toHaveBeenCalledWith(kof.report.sheet, ambiguous.cell);
    const fixable = other.findings.find((f) => f.fix)!;
    await openRuleGroup(fixable.rule);
    // Role queries stay inside one finding or one toolbar: over the whole result they compute
    // every button's name and visibility, seconds in jsdom.
    const onItsSheet = within(
      (await screen.findAllByTestId("finding")).find(
        (li) => li.dataset.sheet === "Nämnd 2" && li.dataset.cell === fixable.cell && li.dataset.rule === fixable.rule,
      )!,
    );
    // A sheet name with a space is quoted as Excel writes it, the same everywhere in the pane.
    const fixOne = onItsSheet.getByRole("button", { name: `Rätta 'Nämnd 2'!${fixable.cell}` });

    // Fixing one finding (one sheet): the preview names that sheet once; the row shows the cell.
    await userEvent.click(fixOne);
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/^Följande celler på bladet Nämnd 2 ändras\./)).toBeInTheDocument();
    const row = (await within(dialog).findAllByRole("row", { hidden: true })).find((r) => r.getAttribute("data-cell") === fixable.cell)!;
    expect(within(row).getAllByRole("cell", { hidden: true })[0]).toHaveTextContent(new RegExp(`^${fixable.cell}$`));
    await userEvent.click(within(dialog).getByRole("button", { name: "Avbryt", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());

    // Fixing all, on both sheets: every row names its sheet.
    const vssFix = vss.findings.find((f) => f.fix)!.fix!;
    const actions = within(screen.getByText(/^Rätta alla/).closest("div")!);
    await userEvent.click(actions.getByRole("button", { name: /^Rätta alla/ }));
    const all = await screen.findByRole("dialog", { hidden: true });
    expect(within(all).getByText(/^Följande celler ändras\./)).toBeInTheDocument();
    const rows = await within(all).findAllByRole("row", { hidden: true });
    const first = (sheet: string, cell: string) => within(rows.find((r) => r.getAttribute("data-sheet") === sheet && r.getAttribute("data-cell") === cell)!).getAllByRole("cell", { hidden: true })[0];
    expect(first(vssFix.sheet, vssFix.cell)).toHaveTextContent(`${vssFix.sheet}!${vssFix.cell}`);
    expect(first("Nämnd 2", vssFix.cell)).toHaveTextContent(`'Nämnd 2'!${vssFix.cell}`);
  });

  it("fix all: the preview shows old → new, applies on confirm, then checks again", async () => {
    const check = jest.fn().mockResolvedValueOnce(vssOutcome).mockResolvedValueOnce(validationOf([{ ...vss, findings: [] }]));
    const services = fakeServices({ check });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const fixable = vss.findings.filter((f) => f.fix);
    await userEvent.click(await screen.findByRole("button", { name: `Rätta alla (${fixable.length})` }));

    // Tabster may mark the surface aria-hidden in jsdom (focus does not move there); real browsers are covered by the e2e run.
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText("Förhandsgranska rättningar")).toBeInTheDocument();
    const rows = await within(within(dialog).getByTestId("fix-preview")).findAllByRole("row", { hidden: true });
    expect(rows).toHaveLength(fixable.length + 1);
    // All on one sheet: the sheet is named once above the table, each row shows its cell.
    expect(within(dialog).getByText(`Följande celler på bladet ${vss.report.sheet} ändras.`, { exact: false })).toBeInTheDocument();
    const pagar = fixable.find((f) => f.fix!.oldValue === "Pågår")!;
    const row = rows.find((r) => r.getAttribute("data-cell") === pagar.cell)!;
    expect(row).toHaveAttribute("data-sheet", pagar.sheet);
    expect(within(row).getAllByRole("cell", { hidden: true }).map((c) => c.textContent)).toEqual([pagar.cell, "Pågår", "Pågående"]);
    expect(mock(services, "applyFixes")).not.toHaveBeenCalled();

    await userEvent.click(await within(dialog).findByRole("button", { name: `Rätta ${fixable.length} celler`, hidden: true }));
    expect(mock(services, "applyFixes")).toHaveBeenCalledWith(fixable, "sv");
    expect(await screen.findByText(`${fixable.length} celler rättades.`)).toBeInTheDocument();
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect(await screen.findByText("Inga anmärkningar. Rapporten följer mallen.")).toBeInTheDocument();
  });

  it("fix one: only that finding; cancelling the preview applies nothing", async () => {
    const services = fakeServices({ check: jest.fn(async () => vssOutcome) });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const first = vss.findings.find((f) => f.fix)!;
    await openRuleGroup(first.rule);
    const finding = (await screen.findAllByTestId("finding")).find(
      (li) => li.getAttribute("data-cell") === first.cell && li.getAttribute("data-rule") === first.rule,
    )!;
    await userEvent.click(within(finding).getByRole("button", { name: `Rätta ${first.cell}` }));
    await userEvent.click(await within(await screen.findByRole("dialog", { hidden: true })).findByRole("button", { name: "Avbryt", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
    expect(mock(services, "applyFixes")).not.toHaveBeenCalled();

    await userEvent.click(within(finding).getByRole("button", { name: `Rätta ${first.cell}` }));
    await userEvent.click(await within(await screen.findByRole("dialog", { hidden: true })).findByRole("button", { name: "Rätta 1 cell", hidden: true }));
    expect(mock(services, "applyFixes")).toHaveBeenCalledWith([first], "sv");
  });

  it("undo: reverts the last fixes and says how many", async () => {
    const services = fakeServices({
      check: jest.fn(async () => vssOutcome),
      revertLastFixes: jest.fn(async () => ({ reverted: 42, skipped: [] })),
    });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Ångra senaste rättningar" }));
    expect(await screen.findByText("42 ändringar ångrades.")).toBeInTheDocument();
    expect(mock(services, "check")).toHaveBeenCalledTimes(1);
  });

  it("error: a failed check shows the Swedish message in an error bar", async () => {
    const services = fakeServices({
      check: jest.fn(async () => {
        throw new Error("Arbetsboken är skrivskyddad.");
      }),
    });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Något gick fel");
    expect(alert).toHaveTextContent("Arbetsboken är skrivskyddad.");
    expect(screen.getByRole("button", { name: "Kontrollera igen" })).toBeEnabled();
  });

  it("sheets that could not be read are listed next to the findings", async () => {
    const services = fakeServices({
      check: jest.fn(async () => validationOf([kof], [{ sheet: "Blad2", message: "Ingen rubrikrad hittades." }])),
    });
    renderInPane(<CheckView services={services} settings={settings()} />);
    await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
    expect(await screen.findByText("Bladet Blad2 kunde inte läsas: Ingen rubrikrad hittades.")).toBeInTheDocument();
  });

  it("runs at once when opened from the ribbon (autoRun)", async () => {
    const services = fakeServices({ check: jest.fn(async () => kofOutcome) });
    renderInPane(<CheckView services={services} settings={settings()} autoRun />);
    expect(await screen.findByTestId("check-summary")).toBeInTheDocument();
    expect(mock(services, "check")).toHaveBeenCalledTimes(1);
  });

  it("live re-validation: hidden in standalone, in Excel it subscribes and re-checks on change", async () => {
    const { unmount } = renderInPane(<CheckView services={fakeServices()} settings={settings()} />);
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
    unmount();

    let changed: (() => void) | undefined;
    const stop = jest.fn(async () => undefined);
    const services = fakeServices({
      mode: "excel",
      workbookName: "",
      check: jest.fn(async () => kofOutcome),
      watchTemplate: jest.fn(async (onChange: () => void) => {
        changed = onChange;
        return stop;
      }),
    });
    renderInPane(<CheckView services={services} settings={settings()} />);
    const toggle = screen.getByRole("switch", { name: "Kontrollera automatiskt när tabellen ändras" });
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    changed!();
    await waitFor(() => expect(mock(services, "check")).toHaveBeenCalledTimes(1));
    await userEvent.click(toggle);
    await waitFor(() => expect(stop).toHaveBeenCalled());
  });
});
