/** Where a command writes: the process streams, or buffers in tests (main() runs in-process). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (progress and colours only then). */
  isTTY: boolean;
  /** Environment (for UPPFOLJNING_DEBUG); process.env by default. */
  env: Record<string, string | undefined>;
}

/**
 * Control characters other than tab and line feed, shown as visible escapes ("\\u001b"):
 * texts from a workbook (organisation and sheet names, cells) are printed, and an escape
 * sequence in one must not clear the screen, set the window title or recolour the terminal.
 * JSON already escapes C0 characters; C1 characters (U+0080–U+009F, which some terminals take
 * as ESC [) become the same JSON escape, so JSON output still parses to the same text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

let pipeWatched = false;

/** A reader that stops early (`structure x.xlsx | head -1`) closes the pipe: end quietly, as Unix tools do. */
function endQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function processIo(): CliIo {
  endQuietlyOnClosedPipe();
  return {
    stdout: (text) => void process.stdout.write(terminalSafe(text)),
    stderr: (text) => void process.stderr.write(terminalSafe(text)),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  };
}

/** Collects output, for tests. */
export function bufferIo(
  env: Record<string, string | undefined> = {},
): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTTY: false,
    env,
    stdout(text: string) {
      io.out += terminalSafe(text);
    },
    stderr(text: string) {
      io.err += terminalSafe(text);
    },
  };
  return io;
}
