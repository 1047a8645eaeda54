/** @jest-environment jsdom */
import "../support/jsdom-setup";
import type { ReactNode } from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../src/taskpane/i18n";
import userEvent from "@testing-library/user-event";
import { ConsolidateView } from "../../src/taskpane/views/ConsolidateView";
import type { ConsolidateRequest, Summary } from "../../src/taskpane/services";
import { deferred, fakeServices, mock } from "./fake-services";
import { renderInPane, stubObjectUrls } from "./render";
import { seedSummary } from "./seed-data";

const summary = seedSummary();

/** The pane's providers as a wrapper, so that rerender keeps them. */
function PaneProviders({ children }: { children: ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="sv">{children}</I18nProvider>
    </FluentProvider>
  );
}

function xlsxFile(name: string): File {
  return new File([new Uint8Array([80, 75, 3, 4])], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

describe("Sammanställ", () => {
  it("empty: template sheets are pre-selected; with nothing chosen the button is disabled", async () => {
    renderInPane(<ConsolidateView services={fakeServices()} />);
    const box = await screen.findByRole("checkbox", { name: "Uppföljning (mall)" });
    expect(box).toBeChecked();
    expect(screen.queryByRole("checkbox", { name: "Uppföljning" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Läs in och sammanställ" })).toBeEnabled();
    await userEvent.click(box);
    expect(screen.getByRole("button", { name: "Läs in och sammanställ" })).toBeDisabled();
    expect(screen.getByText("Välj minst ett blad eller en fil.")).toBeInTheDocument();
  });

  it("coming back to the view lists the template sheets again: a new one starts chosen, an unticked one stays unticked", async () => {
    const sheets = [
      { name: "Uppföljning", isTemplate: false },
      { name: "Uppföljning (mall)", isTemplate: true },
    ];
    const listTemplateSheets = jest.fn(async () => sheets.map((sheet) => ({ ...sheet })));
    const services = fakeServices({ listTemplateSheets });
    const { rerender } = render(<ConsolidateView services={services} active />, { wrapper: PaneProviders });
    await userEvent.click(await screen.findByRole("checkbox", { name: "Uppföljning (mall)" }));
    rerender(<ConsolidateView services={services} active={false} />);
    // Meanwhile, under Mall, a second sheet is structured into a template.
    sheets.push({ name: "Blad2 (mall)", isTemplate: true });
    rerender(<ConsolidateView services={services} active />);
    expect(await screen.findByRole("checkbox", { name: "Blad2 (mall)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Uppföljning (mall)" })).not.toBeChecked();
    expect(listTemplateSheets).toHaveBeenCalledTimes(2);
  });

  it("working: a progress bar while the sources are read; result: totals, sources with states and reasons", async () => {
    const pending = deferred<Summary>();
    let progress: ((done: number, total: number) => void) | undefined;
    const consolidate = jest.fn((_request: ConsolidateRequest, onProgress: (done: number, total: number) => void) => {
      progress = onProgress;
      return pending.promise;
    });
    const services = fakeServices({ workbookName: null, consolidate });
    renderInPane(<ConsolidateView services={services} />);
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();

    await userEvent.upload(screen.getByLabelText("Välj .xlsx-filer"), [xlsxFile("kof-2020-delar.xlsx"), xlsxFile("vss-2023-delar.xlsx")]);
    const chosen = screen.getByRole("list", { name: "Valda filer" });
    expect(within(chosen).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["kof-2020-delar.xlsx", "vss-2023-delar.xlsx"]);

    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
    const request = consolidate.mock.calls[0]![0];
    expect(request.sheets).toEqual([]);
    expect(request.files.map((f) => f.name)).toEqual(["kof-2020-delar.xlsx", "vss-2023-delar.xlsx"]);
    expect(Array.from(await request.files[0]!.bytes())).toEqual([80, 75, 3, 4]);

    progress!(1, 2);
    expect(await screen.findByText("Läser 1 av 2")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Läs in och sammanställ" })).toBeDisabled();

    pending.resolve(summary);
    expect(await screen.findByTestId("consolidate-totals")).toHaveTextContent(
      `${summary.totals.activities} aktiviteter från ${summary.organisations.length} organisationer`,
    );
    expect(screen.getByText(`Alla aktiviteter är med (${summary.conservation.tableRows} av ${summary.conservation.tableRows}).`)).toBeInTheDocument();
    // One card per source (a five-column table does not fit Excel's narrow pane).
    const cards = within(screen.getByRole("list", { name: "Källor" })).getAllByRole("listitem");
    expect(cards).toHaveLength(summary.sources.length);
    const field = (card: HTMLElement, name: string) => card.querySelector(`[data-field="${name}"]`)?.textContent;
    const card = (file: string) => cards.find((li) => field(li, "file") === file)!;
    const broken = card("trasig.xlsx");
    expect(broken).toHaveAttribute("data-status", "error");
    expect(field(broken, "status")).toBe("Kunde inte läsas");
    expect(field(broken, "error")).toMatch(/^Filen kunde inte läsas som Excel-arbetsbok/);
    const kof = summary.sources.find((source) => source.file === "kof-2020-delar.xlsx")!;
    expect(within(card("kof-2020-delar.xlsx")).getByText("Aktiviteter")).toBeInTheDocument();
    expect({
      status: field(card("kof-2020-delar.xlsx"), "status"),
      organisation: field(card("kof-2020-delar.xlsx"), "organisation"),
      activities: field(card("kof-2020-delar.xlsx"), "activities"),
      stamp: field(card("kof-2020-delar.xlsx"), "stamp"),
    }).toEqual({ status: "Läst", organisation: kof.organisation ?? "–", activities: String(kof.activities), stamp: "Validerad" });
    expect(field(card("vss-2023-delar.xlsx"), "stamp")).toBe("Ändrad efter validering");
  });

  it("inside Excel, 'Skriv sammanställning' writes the sheets", async () => {
    const services = fakeServices({ mode: "excel", workbookName: "", consolidate: jest.fn(async () => summary) });
    renderInPane(<ConsolidateView services={services} />);
    await screen.findByRole("checkbox", { name: "Uppföljning (mall)" });
    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
    expect(mock(services, "consolidate").mock.calls[0]![0]).toEqual({ sheets: ["Uppföljning (mall)"], files: [] });
    await userEvent.click(await screen.findByRole("button", { name: "Skriv sammanställning" }));
    expect(mock(services, "writeSummary")).toHaveBeenCalledWith(summary);
    expect(await screen.findByText(/Sammanställningen skrevs till sex blad/)).toBeInTheDocument();
  });

  it("standalone: the summary is downloaded as sammanstallning.xlsx", async () => {
    const { created, downloads } = stubObjectUrls();
    const exportSummary = jest.fn(async () => ({
      fileName: "sammanstallning.xlsx",
      bytes: new Uint8Array([1, 2, 3]),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }));
    const services = fakeServices({ consolidate: jest.fn(async () => summary), exportSummary });
    renderInPane(<ConsolidateView services={services} />);
    await screen.findByRole("checkbox", { name: "Uppföljning (mall)" });
    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
    await userEvent.click(await screen.findByRole("button", { name: "Ladda ner sammanställning" }));
    expect(exportSummary).toHaveBeenCalledWith(summary);
    await waitFor(() => expect(created).toHaveLength(1));
    expect(downloads).toEqual(["sammanstallning.xlsx"]);
    expect(mock(services, "writeSummary")).not.toHaveBeenCalled();
  });

  it("error: the message in an error bar; the chosen files stay", async () => {
    const services = fakeServices({
      workbookName: null,
      consolidate: jest.fn(async () => {
        throw new Error("Sammanställningen stämmer inte: 60 rader mot 61 i källorna. Inget skrevs.");
      }),
    });
    renderInPane(<ConsolidateView services={services} />);
    await userEvent.upload(screen.getByLabelText("Välj .xlsx-filer"), [xlsxFile("kof-2020-delar.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Inget skrevs.");
    expect(screen.getByRole("list", { name: "Valda filer" })).toHaveTextContent("kof-2020-delar.xlsx");
  });
});
