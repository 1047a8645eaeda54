/** @jest-environment jsdom */
import "../support/jsdom-setup";
import type { ReactElement } from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App, VIEWS, type ViewId } from "../../src/taskpane/App";
import { RULE_OPEN_LIMIT } from "../../src/taskpane/components/FindingGroups";
import { CheckView } from "../../src/taskpane/views/CheckView";
import { ConsolidateView } from "../../src/taskpane/views/ConsolidateView";
import { MallView } from "../../src/taskpane/views/MallView";
import { SettingsView } from "../../src/taskpane/views/SettingsView";
import { SubmitView } from "../../src/taskpane/views/SubmitView";
import type { PaneServices } from "../../src/taskpane/services";
import { TestStyles } from "../support/pane-styles";
import { fakeServices } from "./fake-services";
import { renderInPane, settings } from "./render";
import { seedFindings, seedSummary, validationOf } from "./seed-data";

/**
 * Serious and critical axe violations of the document (colour contrast needs a real browser: e2e).
 * `exclude`: parts the user cannot see (a hidden tab panel), left out of the run.
 */
async function seriousViolations(exclude: string[] = []): Promise<string[]> {
  const context = { include: [document.body], exclude: exclude.map((selector) => [selector]) };
  const result = await axe.run(context, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`);
}

/**
 * Each rule's findings up to one more than a group shows open, so the page has every kind of
 * group (open and folded) without hundreds of rows: axe's time grows with the page.
 */
function fewPerRule<T extends { rule: string }>(findings: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return findings.filter((finding) => {
    const count = (seen.get(finding.rule) ?? 0) + 1;
    seen.set(finding.rule, count);
    return count <= RULE_OPEN_LIMIT + 1;
  });
}

/*
 * Why one view at a time: jsdom's getComputedStyle matches every CSS rule in the document against
 * the element and each of its ancestors, and axe asks it for every node. The whole pane keeps all
 * five views mounted (hidden panels included) with all their styles, which made each view's check
 * take 10-20 s on a busy machine; the view alone, with only its own styles (TestStyles), takes a
 * fraction of that. The shell (header, tabs, panels) has a test of its own.
 */
describe("accessibility (axe, jsdom)", () => {
  const seed = seedFindings("kof-2020-delar");
  const kof = { ...seed, findings: fewPerRule(seed.findings) };
  const summary = seedSummary();
  const services = () =>
    fakeServices({
      check: jest.fn(async () => validationOf([kof])),
      consolidate: jest.fn(async () => summary),
    });

  it("the pane shell (header, workbook bar, tabs) with the Mall view has no serious or critical violations", async () => {
    const opened = services();
    render(
      <TestStyles>
        <App services={opened} openWorkbook={async () => opened} />
      </TestStyles>,
    );
    // The template sheets are listed asynchronously; the other views arrive in chunks of their
    // own after the first paint (views/lazy.tsx), mounted in hidden panels.
    expect(
      await screen.findByRole("combobox", { name: "Blad att strukturera" }),
    ).toBeInTheDocument();
    await waitFor(() => {
      for (const panel of screen.getAllByRole("tabpanel", { hidden: true }))
        expect(panel).not.toBeEmptyDOMElement();
    });
    expect(screen.getAllByRole("tab")).toHaveLength(VIEWS.length);
    expect(await seriousViolations(["[role=tabpanel][hidden]"])).toEqual([]);
  });

  /** Each view as the pane shows it (in its landmark, with the pane's providers), settled on its result. */
  const views: Record<ViewId, (services: PaneServices) => Promise<void>> = {
    mall: async (s) => {
      renderInPane(
        <Main>
          <MallView services={s} settings={settings()} />
        </Main>,
      );
      await waitFor(() =>
        expect(screen.getByRole("combobox", { name: "Blad att strukturera" })).toHaveValue(
          "Uppföljning",
        ),
      );
    },
    kontrollera: async (s) => {
      renderInPane(
        <Main>
          <CheckView services={s} settings={settings()} />
        </Main>,
      );
      await userEvent.click(screen.getByRole("button", { name: "Kontrollera" }));
      await screen.findByTestId("check-summary");
    },
    inlamning: async (s) => {
      renderInPane(
        <Main>
          <SubmitView services={s} meta={{}} />
        </Main>,
      );
      await screen.findByTestId("stamp-state");
    },
    sammanstall: async (s) => {
      renderInPane(
        <Main>
          <ConsolidateView services={s} />
        </Main>,
      );
      // The template sheets are listed asynchronously.
      await waitFor(() =>
        expect(screen.getByRole("button", { name: "Läs in och sammanställ" })).toBeEnabled(),
      );
      await userEvent.click(screen.getByRole("button", { name: "Läs in och sammanställ" }));
      await screen.findByTestId("consolidate-totals");
    },
    installningar: async (s) => {
      renderInPane(
        <Main>
          <SettingsView services={s} settings={settings()} onChange={() => undefined} />
        </Main>,
      );
      await screen.findByTestId("profile-current");
    },
  };

  it.each(VIEWS)(
    "view %s, with its result shown, has no serious or critical violations",
    async (view) => {
      await views[view](services());
      expect(await seriousViolations()).toEqual([]);
    },
  );
});

/** The pane's <main> landmark, with the view's own styles only. */
function Main({ children }: { children: ReactElement }) {
  return (
    <TestStyles>
      <main>{children}</main>
    </TestStyles>
  );
}
