/** @jest-environment jsdom */
import "../support/jsdom-setup";
import "../support/lazy-modules";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MallView } from "../../src/taskpane/views/MallView";
import type { StructureResult } from "../../src/taskpane/services";
import { deferred, fakeServices, mock } from "./fake-services";
import { renderInPane, settings, stubObjectUrls } from "./render";
import { structuredSeed } from "./seed-data";

const vss = structuredSeed("vss-2023-delar");

describe("Mall", () => {
  it("empty: asks for a workbook in standalone mode when none is open", () => {
    renderInPane(<MallView services={fakeServices({ workbookName: null })} settings={settings()} />);
    expect(screen.getByRole("heading", { level: 2, name: "Mall" })).toBeInTheDocument();
    expect(screen.getByText("Öppna en arbetsbok först (överst i panelen).")).toBeInTheDocument();
  });

  it("lists the sheets that are not templates yet", async () => {
    renderInPane(<MallView services={fakeServices()} settings={settings()} />);
    const select = await screen.findByRole("combobox", { name: "Blad att strukturera" });
    await waitFor(() => expect(select).toHaveValue("Uppföljning"));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Uppföljning"]);
  });

  it("inserts the template with the report details from the settings", async () => {
    const services = fakeServices();
    renderInPane(
      <MallView
        services={services}
        settings={settings({ organisation: "Kultur- och fritidsförvaltningen", year: "2020", period: "delar" })}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Infoga mall" }));
    expect(mock(services, "insertTemplate")).toHaveBeenCalledWith({
      organisation: "Kultur- och fritidsförvaltningen",
      year: 2020,
      period: "delar",
    });
    expect(await screen.findByText("Mallen infogades på bladet Uppföljning (2).")).toBeInTheDocument();
  });

  it("working, then result: the structuring report of the VSS 2023 seed; nothing lost", async () => {
    const pending = deferred<{ sheet: string | null; result: StructureResult }>();
    const services = fakeServices({ structureSheet: jest.fn(() => pending.promise) });
    renderInPane(<MallView services={services} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Blad att strukturera" })).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Strukturera blad" }));
    expect(screen.getByText("Arbetar …")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Strukturera blad" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Infoga mall" })).toBeDisabled();
    expect(mock(services, "structureSheet")).toHaveBeenCalledWith("Uppföljning", "sv");

    pending.resolve({ sheet: "Uppföljning (mall)", result: vss });
    expect(await screen.findByText("Bladet Uppföljning strukturerades till Uppföljning (mall).")).toBeInTheDocument();
    // The report is its own chunk, fetched when there is a result to show (views/lazy.tsx).
    expect(await screen.findByTestId("stat-rows-read")).toHaveTextContent(String(vss.stats.rowsRead));
    expect(screen.getByTestId("stat-activities")).toHaveTextContent(String(vss.stats.activities));
    expect(screen.getByTestId("stat-inferred")).toHaveTextContent(String(vss.stats.inferred));
    expect(screen.getByTestId("stat-unplaced")).toHaveTextContent("0");
    expect(screen.getByText("Inget förlorades: varje ifylld cell finns i mallen.")).toBeInTheDocument();
  });

  it("unplaced cells are listed with their addresses", async () => {
    const result: StructureResult = {
      ...vss,
      unplaced: [{ cell: "F3", text: "Bilaga: budgetuppföljning", reason: "Cellen ligger ovanför tabellen och är ingen rapportuppgift." }],
      stats: { ...vss.stats, unplaced: 1 },
    };
    renderInPane(<MallView services={fakeServices({ structureSheet: jest.fn(async () => ({ sheet: "X", result })) })} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox")).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Strukturera blad" }));
    const table = await screen.findByRole("table", { name: "Celler som inte kunde placeras" });
    expect(table).toHaveTextContent("F3");
    expect(table).toHaveTextContent("Bilaga: budgetuppföljning");
    expect(screen.queryByText(/Inget förlorades/)).not.toBeInTheDocument();
  });

  it("a sheet without a header: the engine's Swedish message, no new sheet", async () => {
    const result: StructureResult = { ok: false, sheet: "Blad1", message: "Ingen rubrikrad hittades. Letade efter Aktivitet, Status …" };
    renderInPane(<MallView services={fakeServices({ structureSheet: jest.fn(async () => ({ sheet: null, result })) })} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox")).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Strukturera blad" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Bladet Blad1 kunde inte struktureras.");
    expect(alert).toHaveTextContent("Ingen rubrikrad hittades.");
  });

  it("error: a failure shows the message and keeps the choice", async () => {
    const services = fakeServices({
      structureSheet: jest.fn(async () => {
        throw new Error("Arbetsboken är skyddad. Ta bort skyddet och försök igen.");
      }),
    });
    renderInPane(<MallView services={services} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox")).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Strukturera blad" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Arbetsboken är skyddad.");
    expect(screen.getByRole("combobox")).toHaveValue("Uppföljning");
    expect(screen.getByRole("button", { name: "Strukturera blad" })).toBeEnabled();
  });

  it("standalone: the structured workbook is offered as <name>-mall.xlsx", async () => {
    const { created, downloads } = stubObjectUrls();
    const exportWorkbook = jest.fn(async (suffix: string) => ({
      fileName: `kof-2020-delar-${suffix}.xlsx`,
      bytes: new Uint8Array([80, 75, 3, 4]),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }));
    const services = fakeServices({ structureSheet: jest.fn(async () => ({ sheet: "Uppföljning (mall)", result: vss })), exportWorkbook });
    renderInPane(<MallView services={services} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox")).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Strukturera blad" }));
    await userEvent.click(await screen.findByRole("button", { name: "Ladda ner mallen" }));
    expect(exportWorkbook).toHaveBeenCalledWith("mall");
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]!.size).toBe(4);
    expect(downloads).toEqual(["kof-2020-delar-mall.xlsx"]);
  });
});
