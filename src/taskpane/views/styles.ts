/** Layout shared by the views: a narrow pane, Excel-like spacing. */
import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A pane wide enough for side-by-side layouts (the five labelled tabs, a finding's cell, message
 * and fix button in one row). Excel's pane is about 320–350 px by default, so the narrow layout
 * is the usual one; this is a widened pane or the pane in a browser tab.
 */
export const WIDE_PANE = "(min-width: 600px)";
export const WIDE_PANE_MEDIA = `@media ${WIDE_PANE}`;

export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});
