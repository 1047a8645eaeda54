/**
 * The views other than the first one (Mall) in chunks of their own, fetched only after the pane
 * has painted: the JavaScript needed for the first paint stays small (issue 18, ≤ 150 KB gzip;
 * `npm run bench` measures it in Chromium). App.tsx shows each in its own Suspense boundary, so
 * the shell and the Mall view never wait for them.
 */
import { lazy } from "react";

/** Resolves after the next paint: a frame, then a task (a timer where there are no frames). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function")
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** A view module's named component, loaded after the next paint. */
function afterPaintLazy<Props>(load: () => Promise<(props: Props) => JSX.Element>) {
  return lazy(async () => {
    await afterPaint();
    return { default: await load() };
  });
}

/**
 * The Mall view's report of a structuring run, with its tables: shown only after the user has
 * structured a sheet, so fetched then (Fluent's table components are not needed to paint).
 */
export const StructureReport = lazy(async () => ({
  default: (await import("../components/StructureReport")).StructureReport,
}));

/** The compact tabs' tooltips (App.tsx): Fluent's Tooltip and floating-ui are not needed to paint. */
export const TabTooltip = afterPaintLazy(
  async () => (await import("../components/TabTooltip")).TabTooltip,
);

export const CheckView = afterPaintLazy(async () => (await import("./CheckView")).CheckView);
export const SubmitView = afterPaintLazy(async () => (await import("./SubmitView")).SubmitView);
export const ConsolidateView = afterPaintLazy(
  async () => (await import("./ConsolidateView")).ConsolidateView,
);
export const SettingsView = afterPaintLazy(
  async () => (await import("./SettingsView")).SettingsView,
);
