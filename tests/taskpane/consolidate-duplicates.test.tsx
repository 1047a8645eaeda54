/** @jest-environment jsdom */
/**
 * Issue 16, "silent double counting": the open workbook's pre-ticked template sheet plus the same
 * report as a file. The summaries come from the core (real seed reports), the view must show the
 * duplicate where it cannot be missed and pass "count anyway" back.
 */
import { countFindings } from "../../src/core/validate/validation-report";
import "../support/jsdom-setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConsolidateView } from "../../src/taskpane/views/ConsolidateView";
import type { ConsolidateRequest, Summary } from "../../src/taskpane/services";
import { consolidate, sourceKey, type ConsolidationInput } from "../../src/core/consolidate";
import { standardProfile } from "../../src/core/profile/load";
import { fakeServices } from "./fake-services";
import { renderInPane } from "./render";
import { seedFindings } from "./seed-data";

const kof = seedFindings("kof-2020-delar");
const an = seedFindings("an-2024-delar");
const inputs: ConsolidationInput[] = [
  // The open workbook (source 0) and a picked file of the same name (source 1), as readSources numbers them.
  { file: "kof-2020-delar.xlsx", workbook: 0, ok: true, report: { ...kof.report, sheet: "Uppföljning (mall)" }, stats: countFindings(kof.findings), stamp: "not_validated", rowsRead: 40 },
  { file: "kof-2020-delar.xlsx", workbook: 1, ok: true, report: kof.report, stats: countFindings(kof.findings), stamp: "not_validated", rowsRead: 40 },
  { file: "an-2024-delar.xlsx", workbook: 2, ok: true, report: an.report, stats: countFindings(an.findings), stamp: "validated", rowsRead: 60 },
];
function summaryFor(request: ConsolidateRequest): Summary {
  return consolidate(inputs, { register: [], profile: standardProfile, now: new Date("2024-09-15T08:00:00Z"), countDuplicates: request.countDuplicates });
}

function xlsxFile(name: string): File {
  return new File([new Uint8Array([80, 75, 3, 4])], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

describe("Sammanställ with the same report twice", () => {
  it("warns in an alert, counts it once, marks the left-out card, and counts it on request", async () => {
    const consolidateMock = jest.fn(async (request: ConsolidateRequest) => summaryFor(request));
    const services = fakeServices({ consolidate: consolidateMock });
    renderInPane(<ConsolidateView services={services} />);
    expect(await screen.findByRole("checkbox", { name: "Uppföljning (mall)" })).toBeChecked();
    await userEvent.upload(screen.getByLabelText("Välj .xlsx-filer"), [xlsxFile("kof-2020-delar.xlsx"), xlsxFile("an-2024-delar.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));

    const once = kof.report.activities.length + an.report.activities.length;
    expect(await screen.findByTestId("consolidate-totals")).toHaveTextContent(`${once} aktiviteter från 2 organisationer`);
    const warning = screen.getByTestId("consolidate-duplicates");
    expect(warning).toHaveAttribute("role", "alert");
    expect(within(warning).getByText("Samma rapport finns två gånger")).toBeInTheDocument();
    expect(within(warning).getByText(`kof-2020-delar.xlsx (Uppföljning) gäller samma förvaltning, år och period som kof-2020-delar.xlsx (Uppföljning (mall)) (${kof.report.activities.length} aktiviteter).`)).toBeInTheDocument();
    // Said once, in the alert, not again among the run's other warnings.
    expect(screen.getAllByText(/Samma rapport två gånger|gäller samma förvaltning, år och period som/)).toHaveLength(1);
    // The warning comes before the totals: the first thing read in the result.
    expect(warning.compareDocumentPosition(screen.getByTestId("consolidate-totals")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const cards = within(screen.getByRole("list", { name: "Källor" })).getAllByRole("listitem");
    const leftOut = cards.filter((card) => card.getAttribute("data-counted") === "false");
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0]!.querySelector('[data-field="status"]')!.textContent).toBe("Dubblett, räknas inte");
    expect(within(leftOut[0]!).getByText(/^Räknas inte: dubblett av kof-2020-delar\.xlsx \(blad Uppföljning \(mall\)\)/)).toBeInTheDocument();

    const countAnyway = within(warning).getByRole("checkbox", { name: "Räkna kof-2020-delar.xlsx (Uppföljning) ändå" });
    expect(countAnyway).not.toBeChecked();
    await userEvent.click(countAnyway);
    expect(consolidateMock).toHaveBeenCalledTimes(2);
    expect(consolidateMock.mock.calls[1]![0].countDuplicates).toEqual([sourceKey("kof-2020-delar.xlsx", "Uppföljning")]);
    expect(await screen.findByText(/Du har valt att räkna dubbletterna/)).toBeInTheDocument();
    expect(screen.getByTestId("consolidate-totals")).toHaveTextContent(`${once + kof.report.activities.length} aktiviteter`);

    // A fresh run starts from "count once" again.
    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
    expect(consolidateMock.mock.calls[2]![0].countDuplicates).toBeUndefined();
  });

  it("no duplicates: no warning", async () => {
    const services = fakeServices({ workbookName: null, consolidate: jest.fn(async () => consolidate(inputs.slice(1), { register: [], profile: standardProfile, now: new Date() })) });
    renderInPane(<ConsolidateView services={services} />);
    await userEvent.upload(screen.getByLabelText("Välj .xlsx-filer"), [xlsxFile("kof-2020-delar.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
    await screen.findByTestId("consolidate-totals");
    expect(screen.queryByTestId("consolidate-duplicates")).not.toBeInTheDocument();
  });
});
