/** Every CLI command, in help order. Adding a command: one file in this folder and one line here. */
import type { CliCommand } from "../command";
import { consolidateCommand } from "./consolidate";
import { demoCommand } from "./demo";
import { examplesCommand } from "./examples";
import { statusCommand } from "./status";
import { structureCommand } from "./structure";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

export const COMMANDS: readonly CliCommand[] = [
  structureCommand,
  validateCommand,
  templateCommand,
  consolidateCommand,
  statusCommand,
  demoCommand,
  examplesCommand,
];
