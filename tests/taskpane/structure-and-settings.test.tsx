/** @jest-environment jsdom */
/**
 * Issue 16: the structuring report names the sheet its cells are on and takes the focus; after
 * structuring, Inställningar is filled from the template header (only empty fields).
 */
import "../support/jsdom-setup";
import "../support/lazy-modules";
import { screen, waitFor } from "@testing-library/react";
import { StructureReport } from "../../src/taskpane/components/StructureReport";
import { reportingStructuredMeta } from "../../src/taskpane/prefill";
import { givenMeta, prefillSettings } from "../../src/taskpane/settings";
import { cellOnSheet } from "../../src/taskpane/cells";
import { fakeServices } from "./fake-services";
import { renderInPane, settings } from "./render";
import { structuredSeed } from "./seed-data";

const ks = structuredSeed("ks-2018-delar");

describe("the structuring report", () => {
  it("names the sheet its cells are on, each note cell as Sheet!B36, and takes the focus", async () => {
    renderInPane(<StructureReport result={ks} />);
    expect(screen.getByTestId("structure-sheet")).toHaveTextContent(`Cellerna nedan finns på bladet ${ks.report.sheet}.`);
    const noted = ks.notes.find((note) => note.cell && ["inferred", "perspective-unknown", "unplaced"].includes(note.kind));
    expect(noted?.cell).toBeDefined();
    expect(screen.getAllByText(new RegExp(`^${cellOnSheet(ks.report.sheet, noted!.cell!).replace(/[()']/g, ".")}:`))[0]).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { name: "Struktureringsrapport" })).toHaveFocus());
  });

  it("cells are named as Excel does: quoted when the sheet name needs it", () => {
    expect(cellOnSheet("Uppföljning", "B36")).toBe("Uppföljning!B36");
    expect(cellOnSheet("Uppföljning (mall)", "H30")).toBe("'Uppföljning (mall)'!H30");
    expect(cellOnSheet("Rektorns blad", "A1")).toBe("'Rektorns blad'!A1");
  });
});

describe("Inställningar after structuring", () => {
  it("takes organisation, board, year and period from the structured report where the user left them empty", () => {
    const filled = prefillSettings(settings({ board: "Egen nämnd" }), { organisation: "Kommunledningsförvaltningen", board: "KS", year: 2018, period: "delar" });
    expect(filled).toMatchObject({ organisation: "Kommunledningsförvaltningen", board: "Egen nämnd", year: "2018", period: "delar" });
    const same = settings({ organisation: "X", year: "2020", period: "helar" });
    expect(prefillSettings(same, { organisation: "Y", year: 2018, period: "delar" })).toBe(same);
  });

  it("the services report the structured header once structuring succeeds", async () => {
    const onMeta = jest.fn();
    const services = reportingStructuredMeta(
      fakeServices({ structureSheet: jest.fn(async () => ({ sheet: "Uppföljning (mall)", result: ks })) }),
      onMeta,
    );
    await services.structureSheet("Uppföljning");
    expect(onMeta).toHaveBeenCalledWith(expect.objectContaining({ organisation: ks.report.organisation, year: ks.report.year, period: ks.report.period }));
  });

  it("the settings the check takes as report details: only filled, valid fields", () => {
    expect(givenMeta(settings({ organisation: " KoF ", year: "20x0", period: "delar" }))).toEqual({ organisation: "KoF", period: "delar" });
  });
});
