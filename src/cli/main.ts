/**
 * The command line: `uppfoljning <command> [arguments]` (bin/uppfoljning.js runs the compiled
 * lib/cli/main.js). Argument parsing with node:util parseArgs, Swedish help, exit codes
 * 0 = ok, 1 = errors in the content, 2 = unreadable input or wrong usage. Errors are one
 * line on stderr; UPPFOLJNING_DEBUG=1 adds the stack.
 */
import { parseArgs } from "node:util";
import { WorkbookError } from "../core/port";
import { ConservationError } from "../core/consolidate";
import { ValidationInputError } from "../core/validate";
import type { CliCommand } from "./command";
import { COMMANDS } from "./commands";
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
  commands: readonly CliCommand[] = COMMANDS,
): CliCommand | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => c.name === wanted || c.aliases?.includes(wanted));
}

export function generalHelp(commands: readonly CliCommand[] = COMMANDS): string {
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
    error instanceof ConservationError ||
    error instanceof ValidationInputError
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
      const command = topic ? findCommand(topic) : undefined;
      if (topic && !command) throw new UsageError(`Okänt kommando: ${topic}`);
      io.stdout(command ? `${command.help}\n` : generalHelp());
      return first === undefined ? EXIT_UNREADABLE : EXIT_OK;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const command = findCommand(first);
    if (!command) throw new UsageError(`Okänt kommando: ${first}`);
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
  process.exitCode = await main(argv);
}
