/** Where a command writes: the process streams, or buffers in tests (main() runs in-process). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when stdout can take more (a full pipe); absent where output is not buffered. */
  drain?(): Promise<void>;
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

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(terminalSafe(text)),
    stderr: (text) => void process.stderr.write(terminalSafe(text)),
    drain: () =>
      process.stdout.writableNeedDrain && !process.stdout.destroyed
        ? new Promise((resolve) => {
            // Whichever comes first removes both: a listener left per wait piled up on a
            // long output through a pipe (MaxListenersExceededWarning after ten waits).
            const done = () => {
              process.stdout.off("drain", done);
              process.stdout.off("close", done);
              resolve();
            };
            process.stdout.on("drain", done);
            process.stdout.on("close", done);
          })
        : Promise.resolve(),
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
