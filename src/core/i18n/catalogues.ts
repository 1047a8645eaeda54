/**
 * Every part of the message catalogue. To add a feature's messages: create
 * src/core/i18n/<feature>.ts exporting a `defineMessages({ sv, en })` and add it here.
 */
import type { MessageCatalogue } from "./types";
import { validateMessages } from "./validate";
import { fixMessages } from "./fix";
import { stampMessages } from "./stamp";

export const CATALOGUES: readonly MessageCatalogue[] = [
  validateMessages,
  fixMessages,
  stampMessages,
];
