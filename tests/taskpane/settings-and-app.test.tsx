/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { useState } from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SettingsView } from "../../src/taskpane/views/SettingsView";
import { App, toViewId } from "../../src/taskpane/App";
import { DEFAULT_SETTINGS, toReportMeta, type PaneSettings } from "../../src/taskpane/settings";
import type { PaneServices } from "../../src/taskpane/services";
import { fakeServices, mock } from "./fake-services";
import "../support/lazy-modules";
import { renderInPane, stubObjectUrls } from "./render";

function SettingsHarness({ services, onSettings }: { services: PaneServices; onSettings?: (s: PaneSettings) => void }) {
  const [value, setValue] = useState<PaneSettings>(DEFAULT_SETTINGS);
  return (
    <SettingsView
      services={services}
      settings={value}
      onChange={(next) => {
        setValue(next);
        onSettings?.(next);
      }}
    />
  );
}

describe("Inställningar", () => {
  it("edits the report details and the cut-off; invalid values get Swedish messages", async () => {
    const seen: PaneSettings[] = [];
    renderInPane(<SettingsHarness services={fakeServices()} onSettings={(s) => seen.push(s)} />);
    await userEvent.type(screen.getByRole("textbox", { name: "Förvaltning" }), "Kultur- och fritidsförvaltningen");
    await userEvent.type(screen.getByRole("textbox", { name: "År" }), "20");
    expect(screen.getByText("Ange ett år med fyra siffror.")).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: "År" }), "20");
    expect(screen.queryByText("Ange ett år med fyra siffror.")).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Period" }), "delar");
    const last = seen.at(-1)!;
    expect(toReportMeta(last)).toEqual({ organisation: "Kultur- och fritidsförvaltningen", year: 2020, period: "delar" });
  });

  it("the cut-off is typed as ÅÅÅÅ-MM-DD (no browser date picker in the browser's locale); Swedish messages", async () => {
    const seen: PaneSettings[] = [];
    renderInPane(<SettingsHarness services={fakeServices()} onSettings={(s) => seen.push(s)} />);
    const cutoff = screen.getByRole("textbox", { name: "Avstämningsdatum" });
    expect(cutoff).toHaveAttribute("type", "text");
    expect(cutoff).toHaveAttribute("placeholder", "ÅÅÅÅ-MM-DD");
    expect(screen.getByText(/^ÅÅÅÅ-MM-DD, till exempel 2024-08-31\./)).toBeInTheDocument();

    // Half typed: no complaint yet; leaving the field names the format.
    await userEvent.type(cutoff, "2020-08");
    expect(screen.queryByText(/Ange datumet som/)).not.toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByText("Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2024-08-31.")).toBeInTheDocument();
    expect(toReportMeta(seen.at(-1)!)).toEqual({});

    // A date that is not in the calendar is named as such.
    await userEvent.clear(cutoff);
    await userEvent.type(cutoff, "2021-02-29");
    expect(screen.getByText("Datumet 2021-02-29 finns inte i kalendern.")).toBeInTheDocument();

    // Written the short way, it is tidied to ÅÅÅÅ-MM-DD on leaving the field.
    await userEvent.clear(cutoff);
    await userEvent.type(cutoff, "2020-8-31");
    await userEvent.tab();
    expect(cutoff).toHaveValue("2020-08-31");
    expect(screen.queryByText(/Ange datumet som|finns inte/)).not.toBeInTheDocument();
    expect(toReportMeta(seen.at(-1)!)).toEqual({ cutoff: "2020-08-31" });
  });

  it("shows the profile in force and a stored profile's problem", async () => {
    const services = fakeServices({
      loadProfile: jest.fn(async () => ({
        profile: (await fakeServices().loadProfile()).profile,
        problem: "Den sparade profilen är ogiltig; standardprofilen används.",
      })),
    });
    renderInPane(<SettingsHarness services={services} />);
    expect(await screen.findByTestId("profile-current")).toHaveTextContent(/Profil i arbetsboken: .+ \(version .+\)/);
    expect(screen.getByText("Den sparade profilen är ogiltig; standardprofilen används.")).toBeInTheDocument();
  });

  it("loading an invalid profile file lists the Swedish errors and saves nothing", async () => {
    const services = fakeServices({
      parseProfileText: jest.fn(async () => ({ ok: false as const, errors: ["statuses[0].canonical: ska vara en text, men är ett tal."] })),
    });
    renderInPane(<SettingsHarness services={services} />);
    const file = new File(['{"statuses":[{"canonical":1}]}'], "egen-profil.json", { type: "application/json" });
    await userEvent.upload(screen.getByLabelText("Läs in profil (JSON)"), file);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Profilen kunde inte läsas in");
    expect(alert).toHaveTextContent("statuses[0].canonical: ska vara en text, men är ett tal.");
    expect(mock(services, "parseProfileText")).toHaveBeenCalledWith('{"statuses":[{"canonical":1}]}');
    expect(mock(services, "saveProfile")).not.toHaveBeenCalled();
  });

  it("a valid profile file is saved in the workbook; export downloads the profile JSON", async () => {
    const { downloads } = stubObjectUrls();
    const services = fakeServices();
    renderInPane(<SettingsHarness services={services} />);
    const { profile } = await services.loadProfile();
    await userEvent.upload(screen.getByLabelText("Läs in profil (JSON)"), new File([JSON.stringify(profile)], "p.json"));
    expect(await screen.findByText(`Profilen ${profile.name} sparades i arbetsboken.`)).toBeInTheDocument();
    expect(mock(services, "saveProfile")).toHaveBeenCalledWith(profile);
    await userEvent.click(screen.getByRole("button", { name: "Exportera profil" }));
    expect(downloads).toEqual([`profil-${profile.id}.json`]);
  });
});

/** A view other than Mall renders a frame after the first paint, in its own chunk: a busy machine may take a while. */
const LAZY_VIEW = { timeout: 20_000 };

describe("the pane shell", () => {
  it("opens on the view the ribbon asked for, and switches views by tab", async () => {
    render(<App services={fakeServices()} initialView="sammanstall" />);
    expect(screen.getByRole("tab", { name: "Sammanställ" })).toHaveAttribute("aria-selected", "true");
    // Views other than Mall arrive in their own chunk after the first paint (views/lazy.tsx).
    expect(await screen.findByRole("heading", { level: 2, name: "Sammanställ" }, LAZY_VIEW)).toBeVisible();
    await userEvent.click(screen.getByRole("tab", { name: "Inlämning" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Inlämning" }, LAZY_VIEW)).toBeVisible();
    expect(screen.getByRole("tabpanel")).toHaveAttribute("id", "panel-inlamning");
    expect(toViewId("KONTROLLERA")).toBe("kontrollera");
    expect(toViewId("okänd")).toBeNull();
  });

  it("switches the language to English from the settings", async () => {
    render(<App services={fakeServices()} initialView="installningar" />);
    await userEvent.click(await screen.findByRole("radio", { name: "Engelska (English)" }, LAZY_VIEW));
    expect(screen.getByRole("tab", { name: "Validate" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Settings" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
  });

  it("standalone: opens an example and works on it", async () => {
    const opened = fakeServices({ workbookName: "kof-2020-delar.xlsx" });
    const openWorkbook = jest.fn(async () => opened);
    const loadExample = jest.fn(async () => new Uint8Array([80, 75, 3, 4]));
    render(
      <App services={fakeServices({ workbookName: null })} openWorkbook={openWorkbook} loadExample={loadExample} initialView="kontrollera" />,
    );
    const bar = within(screen.getByTestId("standalone-bar"));
    expect(bar.getByText("Ingen arbetsbok är öppen.")).toBeInTheDocument();
    expect(screen.getByText("Fristående läge (utan Excel)")).toBeInTheDocument();
    await userEvent.selectOptions(bar.getByRole("combobox", { name: "Exempelarbetsböcker" }), "kof-2020-delar");
    await userEvent.click(bar.getByRole("button", { name: "Öppna exempel" }));
    expect(loadExample).toHaveBeenCalledWith("kof-2020-delar");
    expect(openWorkbook).toHaveBeenCalledWith("kof-2020-delar.xlsx", new Uint8Array([80, 75, 3, 4]), expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(await bar.findByText("Öppen: kof-2020-delar.xlsx")).toBeInTheDocument();
    await userEvent.click(await screen.findByRole("button", { name: "Kontrollera" }, LAZY_VIEW));
    await waitFor(() => expect(mock(opened, "check")).toHaveBeenCalled());
  });

  it("standalone: a file that cannot be opened shows the adapter's Swedish message", async () => {
    const openWorkbook = jest.fn(async () => {
      throw new Error("Filen är lösenordsskyddad. Ta bort lösenordet i Excel och försök igen.");
    });
    render(<App services={fakeServices({ workbookName: null })} openWorkbook={openWorkbook} />);
    await userEvent.upload(screen.getByLabelText("Öppna arbetsbok"), new File([new Uint8Array([1])], "hemlig.xlsx"));
    expect(await screen.findByTestId("error-bar")).toHaveTextContent("Filen är lösenordsskyddad.");
    expect(screen.getByText("Ingen arbetsbok är öppen.")).toBeInTheDocument();
  });
});

describe("ribbon requests", () => {
  it("a pending Kontrollera request opens the view and runs the check", async () => {
    const { writePaneRequest } = await import("../../src/taskpane/pane-request");
    writePaneRequest(localStorage, { view: "kontrollera", check: true });
    const services = fakeServices({ mode: "excel", workbookName: "" });
    render(<App services={services} />);
    expect(screen.getByRole("tab", { name: "Kontrollera" })).toHaveAttribute("aria-selected", "true");
    // The check runs once the Kontrollera view has arrived, after the first paint.
    await waitFor(() => expect(mock(services, "check")).toHaveBeenCalledTimes(1), LAZY_VIEW);
  });
});
