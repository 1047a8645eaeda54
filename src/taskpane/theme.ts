/**
 * The pane's theme. In a browser tab (standalone) the pane follows the system's light or dark
 * setting (prefers-color-scheme); inside Excel it stays light, as the task pane frame is.
 * In forced-colours mode (Windows contrast themes) Fluent draws a disabled button with the same
 * system colours as an enabled one; the pane greys it out with the system's GrayText, as the
 * CSS Color Adjustment spec intends for disabled controls.
 */
import { makeStyles, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostMode } from "./services";
import { useMediaQuery } from "./useMediaQuery";

export const DARK_SCHEME = "(prefers-color-scheme: dark)";

export function usePaneTheme(mode: HostMode): Theme {
  const dark = useMediaQuery(DARK_SCHEME);
  return mode === "standalone" && dark ? webDarkTheme : webLightTheme;
}

export const useForcedColorStyles = makeStyles({
  root: {
    "@media (forced-colors: active)": {
      "& button:disabled": { color: "GrayText", borderTopColor: "GrayText", borderRightColor: "GrayText", borderBottomColor: "GrayText", borderLeftColor: "GrayText" },
      "& button[aria-disabled='true']": { color: "GrayText", borderTopColor: "GrayText", borderRightColor: "GrayText", borderBottomColor: "GrayText", borderLeftColor: "GrayText" },
    },
  },
});
