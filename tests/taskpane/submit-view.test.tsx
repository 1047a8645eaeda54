/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SubmitView, shownTime } from "../../src/taskpane/views/SubmitView";
import type { StampOutcome } from "../../src/taskpane/services";
import { deferred, fakeServices, mock } from "./fake-services";
import { renderInPane } from "./render";
import { seedFindings } from "./seed-data";

const kof = seedFindings("kof-2020-delar");
const kofErrors = kof.findings.filter((f) => f.severity === "error").length;

describe("Inlämning", () => {
  it("empty: no workbook open", () => {
    renderInPane(<SubmitView services={fakeServices({ workbookName: null })} />);
    expect(screen.getByText("Öppna en arbetsbok först (överst i panelen).")).toBeInTheDocument();
  });

  it("shows the stamp state", async () => {
    renderInPane(<SubmitView services={fakeServices({ readStampState: jest.fn(async () => "changed" as const) })} />);
    expect(await screen.findByTestId("stamp-state")).toHaveTextContent("Ändrad efter validering");
  });

  it("refuses to stamp a report with errors and says how many (KOF 2020 seed)", async () => {
    expect(kofErrors).toBeGreaterThan(0);
    const services = fakeServices({
      stamp: jest.fn(async () => ({ ok: false as const, errors: kofErrors, message: "refused" })),
    });
    renderInPane(<SubmitView services={services} />);
    await userEvent.click(screen.getByRole("button", { name: "Klar för inlämning" }));
    const alert = await screen.findByRole("alert");
    const expected = kofErrors === 1 ? "Rapporten har 1 fel" : `Rapporten har ${kofErrors} fel`;
    expect(alert).toHaveTextContent(expected);
    expect(alert).toHaveTextContent("Rätta felen under Kontrollera och försök igen.");
    expect(await screen.findByTestId("stamp-state")).toHaveTextContent("Ej validerad");
  });

  it("working, then stamped: the state turns Validerad", async () => {
    const pending = deferred<StampOutcome>();
    const readStampState = jest.fn().mockResolvedValueOnce("not_validated").mockResolvedValueOnce("validated");
    const services = fakeServices({ stamp: jest.fn(() => pending.promise), readStampState });
    renderInPane(<SubmitView services={services} />);
    expect(await screen.findByTestId("stamp-state")).toHaveTextContent("Ej validerad");
    await userEvent.click(screen.getByRole("button", { name: "Klar för inlämning" }));
    expect(screen.getByText("Kontrollerar och stämplar …")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Klar för inlämning" })).toBeDisabled();
    expect(mock(services, "stamp")).toHaveBeenCalledWith("sv", {});
    pending.resolve({
      ok: true,
      stamp: { templateVersion: "1.0", profile: "standard@1.0.0", time: new Date(2020, 8, 2, 10, 15).toISOString(), rowCount: 25, hash: "0".repeat(64), sheet: "Uppföljning" },
    });
    expect(await screen.findByText(/Rapporten är märkt som klar för inlämning\. Stämplad 2020-09-02 10:15 · 25 aktiviteter/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("stamp-state")).toHaveTextContent("Validerad"));
  });

  it("error: the Swedish message in an error bar", async () => {
    const services = fakeServices({
      stamp: jest.fn(async () => {
        throw new Error("Excel är i redigeringsläge. Avsluta redigeringen av cellen och försök igen.");
      }),
    });
    renderInPane(<SubmitView services={services} />);
    await userEvent.click(screen.getByRole("button", { name: "Klar för inlämning" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Excel är i redigeringsläge.");
  });

  it("shows the stamp's instant in the user's own clock, never the browser's locale format", () => {
    expect(shownTime(new Date(2020, 8, 2, 9, 7).toISOString())).toBe("2020-09-02 09:07");
    expect(shownTime("inte ett datum")).toBe("inte ett datum");
  });
});
