/** The process streams behind the CLI's output: waiting for a full stdout to drain. */
import { processIo } from "../../src/cli/io";

describe("processIo().drain", () => {
  afterEach(() => {
    delete (process.stdout as { writableNeedDrain?: boolean }).writableNeedDrain;
  });

  it("leaves no listener behind after each wait (a long output through a pipe waits often)", async () => {
    // A full pipe, as stdout reports it while its buffer waits to be read.
    Object.defineProperty(process.stdout, "writableNeedDrain", { get: () => true, configurable: true });
    const io = processIo();
    const before = { drain: process.stdout.listenerCount("drain"), close: process.stdout.listenerCount("close") };
    for (let i = 0; i < 20; i++) {
      const waited = io.drain!();
      process.stdout.emit("drain");
      await waited;
    }
    expect(process.stdout.listenerCount("drain")).toBe(before.drain);
    expect(process.stdout.listenerCount("close")).toBe(before.close);
  });
});
