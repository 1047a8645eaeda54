/**
 * A compact tab's name as a tooltip below it and as its accessible name (Fluent's Tooltip gives
 * the tab `aria-label` from a string label). A module of its own so that Fluent's Tooltip and its
 * positioning engine (floating-ui) load after the first paint (views/lazy.tsx); until then App
 * gives the tab the same `aria-label` itself.
 */
import type { ReactElement } from "react";
import { Tooltip } from "@fluentui/react-components";

export function TabTooltip({ label, children }: { label: string; children: ReactElement }) {
  return (
    <Tooltip content={label} relationship="label" positioning="below">
      {children}
    </Tooltip>
  );
}
