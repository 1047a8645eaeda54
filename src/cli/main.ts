/**
 * The command line: `uppfoljning <command> [arguments]` (bin/uppfoljning.js runs the compiled
 * lib/cli/main.js). Argument parsing with node:util parseArgs, Swedish help, exit codes
 * 0 = ok, 1 = errors in the content, 2 = unreadable input or wrong usage. Errors are one
 * line on stderr; UPPFOLJNING_DEBUG=1 adds the stack.
 *
 * Start-up is kept light: this module imports only small modules (no zod, core or file adapter);
 * a command's module is loaded when it runs (commands/index.ts).
 */
import { parseArgs } from "node:util";
import { WorkbookError } from "../core/port";
import { ValidationInputError } from "../core/validate/types";
import type { CliCommand } from "./command";
import { COMMANDS, type CommandEntry } from "./commands";
import { CliError, EXIT_OK, EXIT_UNREADABLE, UsageError } from "./errors";
import { processIo, type CliIo } from "./io";

const PROGRAM = "uppfoljning";
const HELP_FLAGS = new Set(["-h", "--help", "--hjälp", "--hjalp"]);

function version(): string {
  try {
    // lib/cli/main.js and src/cli/main.ts both sit two folders below the package root.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../../package.json") as { version: string }).version;
  } catch {
    return "okänd";
  }
}

export function findCommand(
  name: string,
  commands: readonly CommandEntry[] = COMMANDS,
): CommandEntry | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => c.name === wanted || c.aliases?.includes(wanted));
}

export function generalHelp(commands: readonly CommandEntry[] = COMMANDS): string {
  const visible = commands.filter((c) => !c.hidden);
  const width = Math.max(...visible.map((c) => c.name.length));
  return [
    `Uppföljning – strukturera, kontrollera och sammanställ verksamhetsuppföljningar.`,
    "",
    `Användning: ${PROGRAM} <kommando> [argument]`,
    "",
    "Kommandon:",
    ...visible.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    `Hjälp om ett kommando: ${PROGRAM} <kommando> --hjälp`,
    "Slutkod: 0 = klart, 1 = fel i innehållet, 2 = filen kunde inte läsas eller kommandot användes fel.",
    "",
  ].join("\n");
}

/** parseArgs errors are English; the user gets Swedish. */
function usageFromParseError(error: unknown, command: CliCommand): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'([^']+)'/.exec(message)?.[1]?.split(/[ ,]/)[0] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`Okänd flagga för ${command.name}: ${flag}`, command.name);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(
        `Flaggan ${flag} behöver ett värde${/type boolean/.test(message) ? " – eller inget alls" : ""}.`,
        command.name,
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`Oväntat argument till ${command.name}: ${flag}`, command.name);
    default:
      return new UsageError(`Felaktiga argument till ${command.name}.`, command.name);
  }
}

/** Whether the error is the consolidation's refusal to write a wrong summary. */
function isConservationError(error: unknown): error is Error {
  // Required here, not at the top: only a consolidation can throw it, and its module is large.
  type Consolidate = typeof import("../core/consolidate/consolidate");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const consolidate = require("../core/consolidate/consolidate") as Consolidate;
  return error instanceof consolidate.ConservationError;
}

function reportError(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    const hint = error.command ? `${PROGRAM} ${error.command} --hjälp` : `${PROGRAM} --hjälp`;
    io.stderr(`Fel: ${error.message} (se ${hint})\n`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    io.stderr(`Fel: ${error.message}\n`);
    return error.exitCode;
  }
  if (
    error instanceof WorkbookError ||
    error instanceof ValidationInputError ||
    isConservationError(error)
  ) {
    io.stderr(`Fel: ${error.message}\n`);
    return EXIT_UNREADABLE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`Oväntat fel: ${message.split("\n")[0]}\n`);
  if (io.env.UPPFOLJNING_DEBUG && error instanceof Error && error.stack)
    io.stderr(`${error.stack}\n`);
  return EXIT_UNREADABLE;
}

/** Runs one command line; resolves to the exit code (never throws, never exits the process). */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo(),
  cwd: string = process.cwd(),
): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || HELP_FLAGS.has(first) || first === "help" || first === "hjälp") {
      const topic = first === "help" || first === "hjälp" ? rest[0] : undefined;
      const entry = topic ? findCommand(topic) : undefined;
      if (topic && !entry) throw new UsageError(`Okänt kommando: ${topic}`);
      io.stdout(entry ? `${(await entry.load()).help}\n` : generalHelp());
      return first === undefined ? EXIT_UNREADABLE : EXIT_OK;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const entry = findCommand(first);
    if (!entry) throw new UsageError(`Okänt kommando: ${first}`);
    const command: CliCommand = await entry.load();
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      io.stdout(`${command.help}\n`);
      return EXIT_OK;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: command.options,
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw usageFromParseError(error, command);
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals, io, cwd });
  } catch (error) {
    return reportError(io, error);
  }
}

/** Entry point for bin/uppfoljning.js. */
export async function runCli(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (`… | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  process.exitCode = await main(argv);
}
