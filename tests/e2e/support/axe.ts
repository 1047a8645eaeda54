/**
 * axe-core in the real page. The pane's CSP forbids inline scripts, so axe is not injected as a
 * <script> tag (page.addScriptTag would be refused, rightly); it is evaluated through the
 * DevTools protocol instead, which CSP does not govern, and the page's policy stays untouched.
 */
import * as fs from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page as it is now; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Judge the settled page: a colour caught halfway through a CSS transition (a button's hover or
  // focus fade) is no colour the user reads, and under load axe would otherwise flake on it.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: { exclude: string[][] }) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) are focusable and
    // hidden on purpose: focusing one moves focus on at once. A documented Fluent UI v9 false
    // positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133).
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }[];
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) =>
        `${JSON.stringify(node.target)} ${node.failureSummary ?? ""}`.trim(),
      ),
    }));
}
