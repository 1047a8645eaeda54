// Paired child processes: our command and its peer (the same work done another way) run back to
// back, alternating which goes first, so a change in the machine's load hits both alike. The
// ratio is the median of the per-pair ratios of CPU time (user + system, every thread of the
// process): on this shared machine (load averages of 5–12 on 2 cores) wall time is mostly
// waiting for a core, and varies 2× between identical runs; the wall-time ratio is reported too.
// Every figure carries the load it was measured at.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { load, log, median, ROOT, round, WORK_DIR } from "./common.mjs";

const PROBE = path.join(ROOT, "scripts/bench/probe.cjs");

/** One child: `node --require probe.cjs …args`, stdout into a file; wall and CPU time, peak RSS, largest write. */
export function timedNode(args, { okCodes = [0], stdoutFile } = {}) {
  const out = stdoutFile ?? path.join(WORK_DIR, "stdout.txt");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const fd = fs.openSync(out, "w");
  const t = performance.now();
  let result;
  try {
    result = spawnSync(process.execPath, ["--require", PROBE, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", fd, "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    fs.closeSync(fd);
  }
  const ms = performance.now() - t;
  if (!okCodes.includes(result.status)) {
    process.stderr.write(result.stderr ?? "");
    throw new Error(`node ${args.slice(0, 3).join(" ")} … misslyckades (slutkod ${result.status})`);
  }
  const cpuUs = Number(/BENCH_CPU_US=(\d+)/.exec(result.stderr)?.[1]);
  const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1]);
  const write = Number(/BENCH_MAXWRITE_BYTES=(\d+)/.exec(result.stderr)?.[1]);
  if (!Number.isFinite(kb)) throw new Error("Kunde inte läsa processens minnesanvändning.");
  return {
    ms,
    cpuMs: cpuUs / 1000,
    rssMB: kb / 1024,
    maxWriteBytes: write,
    outputBytes: fs.statSync(out).size,
  };
}

/**
 * Runs `pairs` pairs of { peer, ours } (node argument lists). Returns medians, the paired ratio,
 * our peak memory and largest single write, and the load before and after.
 */
export function pairedRuns({ label, peer, ours, pairs, okCodes = [0] }) {
  const loadBefore = load();
  const peerRuns = [];
  const ourRuns = [];
  for (let i = 0; i < pairs; i++) {
    const runPeer = () => peerRuns.push(timedNode(peer.args));
    const runOurs = () => ourRuns.push(timedNode(ours.args, { okCodes }));
    if (i % 2 === 0) {
      runPeer();
      runOurs();
    } else {
      runOurs();
      runPeer();
    }
    const p = peerRuns[i];
    const o = ourRuns[i];
    log(
      `  ${label} par ${i + 1}: ${peer.name} ${Math.round(p.cpuMs)} ms CPU (${Math.round(p.ms)} ms), ${ours.name} ${Math.round(o.cpuMs)} ms CPU (${Math.round(o.ms)} ms): ${round(o.cpuMs / p.cpuMs, 2)} × (${round(o.ms / p.ms, 2)} × i tid), ${Math.round(o.rssMB)} MB, belastning ${load()}`,
    );
  }
  const ratios = ourRuns.map((o, i) => o.cpuMs / peerRuns[i].cpuMs);
  const wallRatios = ourRuns.map((o, i) => o.ms / peerRuns[i].ms);
  return {
    peer: peer.name,
    ours: ours.name,
    pairs,
    peerCpuMs: Math.round(median(peerRuns.map((r) => r.cpuMs))),
    oursCpuMs: Math.round(median(ourRuns.map((r) => r.cpuMs))),
    peerMs: Math.round(median(peerRuns.map((r) => r.ms))),
    oursMs: Math.round(median(ourRuns.map((r) => r.ms))),
    ratio: round(median(ratios), 2),
    ratios: ratios.map((r) => round(r, 2)),
    wallRatio: round(median(wallRatios), 2),
    wallRatios: wallRatios.map((r) => round(r, 2)),
    peakRssMB: Math.round(Math.max(...ourRuns.map((r) => r.rssMB))),
    peerPeakRssMB: Math.round(Math.max(...peerRuns.map((r) => r.rssMB))),
    maxWriteBytes: Math.max(...ourRuns.map((r) => r.maxWriteBytes)),
    outputBytes: ourRuns[0].outputBytes,
    load: { before: loadBefore, after: load() },
  };
}
