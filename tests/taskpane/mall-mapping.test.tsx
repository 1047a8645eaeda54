/** @jest-environment jsdom */
/**
 * "Vilken kolumn är vad?" in the Mall view (issue 15): a sheet the structurer cannot read opens
 * the step with the first rows and a dropdown per column; the choice is saved as a column mapping
 * and the sheet is structured with it. The services here run the real core on a grid laid out
 * with Region Gävleborg's published assignments (tests/fixtures/other).
 */
import "../support/jsdom-setup";
import "../support/lazy-modules";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gridFromText } from "../../src/core/grid";
import { standardProfile } from "../../src/core/profile/load";
import type { Profile } from "../../src/core/profile/schema";
import { addMapping, mappingProposal, structureGrid } from "../../src/core/structure";
import { MallView } from "../../src/taskpane/views/MallView";
import { fakeServices, mock } from "./fake-services";
import { renderInPane, settings } from "./render";

const grid = gridFromText("Uppföljning", [
  ["Årsredovisning 2024"],
  [null, "Uppdragsbeskrivning", "Uppdragets status"],
  [null, "Genomlysning av parkeringsbehoven", "AVSLUTAT"],
  [null, "Revidera lokalförsörjningsplanen", "PÅGÅENDE"],
]);

function servicesOverCore() {
  let profile: Profile = standardProfile;
  return fakeServices({
    structureSheet: jest.fn(async () => {
      const result = structureGrid(grid, { profile });
      return { sheet: result.ok ? "Uppföljning (mall)" : null, result };
    }),
    previewColumns: jest.fn(async () => mappingProposal(grid, profile)),
    saveColumnMapping: jest.fn(async (headers, fields) => {
      profile = { ...profile, columnMappings: addMapping(profile.columnMappings, headers, fields) };
    }),
  });
}

describe("Mall: Vilken kolumn är vad?", () => {
  it("opens when the sheet cannot be structured, and structures it with the user's choice", async () => {
    const services = servicesOverCore();
    renderInPane(<MallView services={services} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Blad att strukturera" })).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Strukturera blad" }));

    const step = await screen.findByTestId("column-mapping");
    expect(step).toHaveTextContent("Hittade ingen rubrikrad på bladet Uppföljning. Rad 2 ser ut att vara rubrikraden.");
    // Column A is empty (the table starts in B): only B and C are asked about, with examples.
    expect(within(step).queryByTestId("mapping-A")).not.toBeInTheDocument();
    expect(within(step).getByRole("combobox", { name: 'Kolumn B ("Uppdragsbeskrivning")' })).toHaveValue("ignore");
    expect(step).toHaveTextContent("Till exempel: Genomlysning av parkeringsbehoven · Revidera lokalförsörjningsplanen");
    expect(within(step).getByRole("button", { name: "Spara och strukturera" })).toBeDisabled();
    expect(step).toHaveTextContent("Välj vilken kolumn som är Aktivitet.");

    await userEvent.selectOptions(within(step).getByTestId("mapping-B"), "activity");
    await userEvent.selectOptions(within(step).getByTestId("mapping-C"), "status");
    await userEvent.click(within(step).getByRole("button", { name: "Spara och strukturera" }));

    expect(mock(services, "saveColumnMapping")).toHaveBeenCalledWith(["", "Uppdragsbeskrivning", "Uppdragets status"], ["ignore", "activity", "status"]);
    expect(await screen.findByText("Bladet Uppföljning strukturerades till Uppföljning (mall).")).toBeInTheDocument();
    expect(await screen.findByTestId("stat-activities")).toHaveTextContent("2");
    expect(screen.queryByTestId("column-mapping")).not.toBeInTheDocument();
    expect(mock(services, "structureSheet")).toHaveBeenCalledTimes(2);
  });

  it("can be opened for a sheet that was read, showing how it is read now", async () => {
    const services = servicesOverCore();
    await mock(services, "saveColumnMapping")(["", "Uppdragsbeskrivning", "Uppdragets status"], ["ignore", "activity", "status"]);
    renderInPane(<MallView services={services} settings={settings()} />);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Blad att strukturera" })).toHaveValue("Uppföljning"));
    await userEvent.click(screen.getByRole("button", { name: "Vilken kolumn är vad?" }));
    const step = await screen.findByTestId("column-mapping");
    expect(step).toHaveTextContent("Så läses bladet Uppföljning nu (rubrikrad 2).");
    expect(within(step).getByTestId("mapping-B")).toHaveValue("activity");
    expect(within(step).getByTestId("mapping-C")).toHaveValue("status");
    await userEvent.click(within(step).getByRole("button", { name: "Avbryt" }));
    expect(screen.queryByTestId("column-mapping")).not.toBeInTheDocument();
  });
});
