/** @jest-environment jsdom */
/** Inlämning at the top of Sammanställ: the core's overview of real seed reports, as the user reads it. */
import { countFindings } from "../../src/core/validate/validation-report";
import "../support/jsdom-setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConsolidateView } from "../../src/taskpane/views/ConsolidateView";
import { consolidate, type ConsolidationInput } from "../../src/core/consolidate";
import { ProfileSchema } from "../../src/core/profile/schema";
import { standardProfile } from "../../src/core/profile/load";
import { fakeServices } from "./fake-services";
import { renderInPane } from "./render";
import { seedFindings } from "./seed-data";

const kof = seedFindings("kof-2020-delar");
const vss = seedFindings("vss-2023-delar");
const ks = seedFindings("ks-2018-delar");
const profile = ProfileSchema.parse({ ...standardProfile, forvaltningar: ["Kultur- och fritidsförvaltningen", "Verksamhetsstöd och service", "Miljöförvaltningen"] });
const inputs: ConsolidationInput[] = [
  { file: "kof.xlsx", ok: true, report: kof.report, stats: countFindings(kof.findings), stamp: "not_validated", rowsRead: 40 },
  { file: "vss.xlsx", ok: true, report: vss.report, stats: countFindings(vss.findings), stamp: "changed", rowsRead: 30 },
  { file: "ks.xlsx", ok: true, report: ks.report, stats: { error: 0, warning: 0, info: 0 }, stamp: "validated", rowsRead: 90 },
];

it("shows every expected organisation's state, who is missing and who was not expected", async () => {
  const summary = consolidate(inputs, { register: [], profile, now: new Date("2020-09-15T08:00:00Z") });
  const services = fakeServices({ consolidate: jest.fn(async () => summary) });
  renderInPane(<ConsolidateView services={services} />);
  await screen.findByRole("checkbox", { name: "Uppföljning (mall)" });
  await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
  const panel = await screen.findByTestId("submission-overview");
  expect(within(panel).getByText(/^0 av 3 förväntade förvaltningar har lämnat in en stämplad rapport\. 1 saknas\.$/)).toBeInTheDocument();
  const expected = within(within(panel).getAllByRole("list", { name: "Inlämning" })[0]!).getAllByRole("listitem");
  expect(expected.map((li) => li.textContent)).toEqual([
    "Kultur- och fritidsförvaltningenFel i rapporten (1 fel)",
    "Verksamhetsstöd och serviceÄndrad efter stämpling",
    "MiljöförvaltningenSaknas",
  ]);
  const unexpected = within(panel).getByRole("list", { name: "Inte i profilens lista" });
  expect(within(unexpected).getByText("Kommunledningsförvaltningen")).toBeInTheDocument();
  expect(within(unexpected).getByText("Inlämnad och stämplad")).toBeInTheDocument();
});
