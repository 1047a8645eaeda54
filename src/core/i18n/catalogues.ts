/**
 * The parts of the message catalogue that the core and the CLI render (validation findings,
 * fixes, the stamp, structuring notes). To add a feature's messages: create src/core/i18n/<feature>.ts exporting a
 * `defineMessages({ sv, en })` and add it here. The pane's parts are in pane/ (PANE_PARTS): the
 * same catalogue (tests/core/i18n checks that no key is in both), bound apart so that neither
 * bundle carries the other's texts.
 */
import { validateMessages } from "./validate";
import { fixMessages } from "./fix";
import { stampMessages } from "./stamp";
import { structureMessages } from "./structure";

export const CORE_PARTS = [
  validateMessages,
  fixMessages,
  stampMessages,
  structureMessages,
] as const;
