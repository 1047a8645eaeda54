/** Runs the CLI in a folder with captured output, for the command tests. */
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";

export async function runCliIn(dir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await main(argv, io, dir);
  return { code, out: io.out, err: io.err };
}
