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

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    drain: () =>
      process.stdout.writableNeedDrain && !process.stdout.destroyed
        ? new Promise((resolve) => {
            process.stdout.once("drain", resolve);
            process.stdout.once("close", resolve);
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
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
