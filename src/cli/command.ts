/**
 * What a CLI command is. A new command is one file exporting a CliCommand plus one line in
 * commands/index.ts.
 */
import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./io";

export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

export interface CommandContext {
  /** Values of the options, as node:util parseArgs returns them. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  io: CliIo;
  /** Working directory relative paths are resolved against. */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** Other names the command answers to. */
  aliases?: string[];
  /** One line for the command list, in Swedish. */
  summary: string;
  /** The usage line(s) and option descriptions, in Swedish, shown by `<command> --hjälp`. */
  help: string;
  options: OptionSpecs;
  /** Not listed in the help (developer commands). */
  hidden?: boolean;
  /** Returns the exit code. Throw CliError / WorkbookError for a one-line error. */
  run(context: CommandContext): Promise<number>;
}
