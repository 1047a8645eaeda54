/** @jest-environment jsdom */
/** "Ladda ner kapitel för Word": the button in Sammanställ's result (the service: chapter-service.test.ts). */
import "../support/jsdom-setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConsolidateView } from "../../src/taskpane/views/ConsolidateView";
import { DOCX_MIME } from "../../src/taskpane/services";
import { fakeServices } from "./fake-services";
import { renderInPane, stubObjectUrls } from "./render";
import { seedSummary } from "./seed-data";

const summary = seedSummary();

it("the result offers the chapter as a download", async () => {
  const { downloads } = stubObjectUrls();
  const exportChapter = jest.fn(async () => ({ fileName: "kapitel.docx", bytes: new Uint8Array([80, 75]), mimeType: DOCX_MIME }));
  const services = fakeServices({ consolidate: jest.fn(async () => summary), exportChapter });
  renderInPane(<ConsolidateView services={services} />);
  await screen.findByRole("checkbox", { name: "Uppföljning (mall)" });
  await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
  await userEvent.click(await screen.findByRole("button", { name: "Ladda ner kapitel för Word" }));
  expect(exportChapter).toHaveBeenCalledWith(summary);
  await waitFor(() => expect(downloads).toEqual(["kapitel.docx"]));
});
