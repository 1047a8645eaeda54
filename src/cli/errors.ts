/**
 * Exit codes and the errors commands throw: main() prints one Swedish line for each, never a
 * stack trace (set UPPFOLJNING_DEBUG=1 to see one).
 */
export const EXIT_OK = 0;
/** The input was read, and its content has errors (findings, no recognisable header). */
export const EXIT_FINDINGS = 1;
/** The input could not be read, or the command was used wrongly. */
export const EXIT_UNREADABLE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_UNREADABLE,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Wrong use of the command line (unknown flag, missing argument): exit 2 with a pointer to the help. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message, EXIT_UNREADABLE);
    this.name = "UsageError";
  }
}
