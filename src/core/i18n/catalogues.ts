/**
 * Every part of the message catalogue, for the core, the CLI and the pane. To add a feature's
 * messages: create src/core/i18n/<feature>.ts exporting a `defineMessages({ sv, en })` and add
 * it here (a pane view's messages go in pane/ and its PANE_PARTS).
 */
import { validateMessages } from "./validate";
import { fixMessages } from "./fix";
import { stampMessages } from "./stamp";
import { PANE_PARTS } from "./pane";

export const CATALOGUES = [validateMessages, fixMessages, stampMessages, ...PANE_PARTS] as const;
