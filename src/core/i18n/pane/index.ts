/**
 * The pane's messages, one part per view, in the one catalogue's format and key space. The pane's
 * `useT()` reads only these parts, so the validation and fix messages (which the pane gets
 * rendered by the core) stay out of the JavaScript before its first paint, and the core's
 * bundles (the CLI, the standalone pane's worker) carry no pane texts.
 */
import { catalogue } from "../catalogue";
import type { ArgsOf, KeyOf, TextsOf } from "../types";
import { appMessages } from "./app";
import { mallMessages } from "./mall";
import { checkMessages } from "./check";
import { submitMessages } from "./submit";
import { consolidateMessages } from "./consolidate";

export const PANE_PARTS = [
  appMessages,
  mallMessages,
  checkMessages,
  submitMessages,
  consolidateMessages,
] as const;

export const paneMessages = catalogue(...PANE_PARTS);

type PaneTexts = TextsOf<typeof PANE_PARTS>;
/** Every key the pane may ask for (plural bases included): an unknown key fails tsc. */
export type PaneKey = KeyOf<PaneTexts>;
/** The parameters of a pane key: its placeholders, and `count` for a plural base. */
export type PaneArgs<K extends PaneKey> = ArgsOf<PaneTexts, K>;
