/** The pane's Word chapter service with the real core and docx (Node environment: jsdom has no TextEncoder, browsers do). */
import { unzipSync, strFromU8 } from "fflate";
import { createPaneServices, DOCX_MIME } from "../../src/taskpane/services";
import { seedSummary } from "./seed-data";

const summary = seedSummary();

it("the service writes the chapter as a .docx with the summary's organisations", async () => {
  const services = createPaneServices({ mode: "standalone", port: null });
  const file = await services.exportChapter!(summary);
  expect(file.fileName).toBe("kapitel.docx");
  expect(file.mimeType).toBe(DOCX_MIME);
  const document = strFromU8(unzipSync(file.bytes)["word/document.xml"]!);
  for (const org of summary.organisations) expect(document).toContain(org);
});

