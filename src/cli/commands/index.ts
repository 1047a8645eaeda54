/** Every CLI command, in help order. Adding a command: one file in this folder and one line here. */
import type { CliCommand } from "../command";
import { examplesCommand } from "./examples";
import { structureCommand } from "./structure";
import { templateCommand } from "./template";

export const COMMANDS: readonly CliCommand[] = [
  structureCommand,
  templateCommand,
  examplesCommand,
];
