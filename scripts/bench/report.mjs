// The benchmark's targets and its printed report (scripts/bench.mjs).
import { round, table, thousands } from "./common.mjs";

export const TARGETS = {
  // Kept from earlier issues.
  validationPerSecond: 200_000,
  structuringPerSecond: 100_000,
  consolidationRatio: 1.5,
  bundleGzipKB: 300,
  peakMemoryMB: 500,
  // Issue 18.
  realLayoutRatio: 0.7,
  manyExcelJsRatio: 0.8,
  manySheetJsRatio: 0.7,
  validateRatio: 1.0,
  validateLargeMemoryMB: 600,
  largestWriteMB: 10,
  helpRatio: 1.5,
  firstPaintGzipKB: 150,
};

/** Every target measured in this run: what, the goal, the figure, its peer, the load, met or not. */
export function targets(r) {
  const list = [];
  const add = (name, goal, measured, met, peer = "–", loadAt = "–") =>
    list.push({ name, target: goal, measured, peer, load: loadAt, met });
  const loadText = (l) => `${l.before} → ${l.after}`;
  const pairText = (p) =>
    `${p.peer} ${thousands(p.peerCpuMs)} ms, vi ${thousands(p.oursCpuMs)} ms (i tid ${p.wallRatio.toFixed(2)} ×)`;
  /** A paired target: `pair`'s CPU-time ratio at most `limit` × the peer named `peerName`. */
  const addRatio = (name, pair, limit, peerName) =>
    add(
      name,
      `≤ ${limit} × ${peerName}`,
      `${pair.ratio.toFixed(2)} ×`,
      pair.ratio <= limit,
      pairText(pair),
      loadText(pair.load),
    );
  const largest = r.core?.find((c) => c.activities >= 10_000);
  if (largest) {
    add(
      "Strukturering, 10 000 aktiviteter",
      `≥ ${thousands(TARGETS.structuringPerSecond)} /s`,
      `${thousands(largest.structurePerSecond)} /s`,
      largest.structurePerSecond >= TARGETS.structuringPerSecond,
      "– (CPU-tid)",
      loadText(r.phaseLoad.core),
    );
    add(
      "Kontroll, 10 000 aktiviteter",
      `≥ ${thousands(TARGETS.validationPerSecond)} /s`,
      `${thousands(largest.validatePerSecond)} /s`,
      largest.validatePerSecond >= TARGETS.validationPerSecond,
      "– (CPU-tid)",
      loadText(r.phaseLoad.core),
    );
  }
  if (r.real)
    addRatio("consolidate 60 uppföljningar (5 × 12)", r.real, TARGETS.realLayoutRatio, "ExcelJS");
  if (r.many) {
    const { excelJs, sheetJs } = r.many;
    addRatio("consolidate 50 × 500", excelJs, TARGETS.manyExcelJsRatio, "ExcelJS");
    addRatio("consolidate 50 × 500", sheetJs, TARGETS.manySheetJsRatio, "SheetJS");
    addRatio("consolidate 50 × 500 (tidigare mål)", excelJs, TARGETS.consolidationRatio, "ExcelJS");
    add(
      "Minne, consolidate 50 × 500",
      `< ${TARGETS.peakMemoryMB} MB`,
      `${excelJs.peakRssMB} MB`,
      excelJs.peakRssMB < TARGETS.peakMemoryMB,
    );
  }
  if (r.validate)
    addRatio(
      `validate --json ${thousands(r.validate.rows)} rader`,
      r.validate,
      TARGETS.validateRatio,
      "ExcelJS",
    );
  if (r.memory) {
    add(
      `validate --json ${thousands(r.memory.activities)} aktiviteter, minne`,
      `≤ ${TARGETS.validateLargeMemoryMB} MB`,
      `${r.memory.peakRssMB} MB`,
      r.memory.peakRssMB <= TARGETS.validateLargeMemoryMB,
      "–",
      loadText(r.memory.load),
    );
    const mb = r.memory.maxWriteBytes / 1024 ** 2;
    add(
      `validate --json ${thousands(r.memory.activities)} aktiviteter, största sträng`,
      `≤ ${TARGETS.largestWriteMB} MB`,
      `${round(mb, 2)} MB (av ${round(r.memory.outputBytes / 1024 ** 2)} MB)`,
      mb <= TARGETS.largestWriteMB,
      "–",
      loadText(r.memory.load),
    );
  }
  if (r.help) addRatio("uppfoljning --help", r.help, TARGETS.helpRatio, "node -e 0");
  if (r.pane) {
    add(
      "Panelens initiala JS",
      `≤ ${TARGETS.bundleGzipKB} KB gzip`,
      `${r.pane.bundle.initialGzipKB} KB`,
      r.pane.bundle.initialGzipKB <= TARGETS.bundleGzipKB,
    );
    const paint = r.pane.firstPaint;
    if (!paint.skipped)
      add(
        "Panelens JS före första målningen",
        `≤ ${TARGETS.firstPaintGzipKB} KB gzip`,
        `${paint.gzipKB} KB; målad efter ${paint.paintMs} ms`,
        paint.gzipKB <= TARGETS.firstPaintGzipKB,
        "–",
        loadText(paint.load),
      );
  }
  return list;
}

const verdict = (ok) => (ok ? "uppnått" : "EJ uppnått");

export function report(r) {
  const { machine } = r;
  const lines = [
    `\nUppföljning – benchmark ${r.date.slice(0, 10)}, ${machine.cpus} kärnor (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}, ${r.durationSeconds} s`,
    `Belastning vid start (1/5/15 min): ${machine.loadAverageAtStart.join(" / ")}\n`,
  ];
  if (r.core) {
    lines.push("Kärnan (rutnät i minnet; median av flera körningar, CPU-tid)");
    lines.push(
      table(
        [
          "Aktiviteter",
          "Körningar",
          "Strukturering ms",
          "aktiviteter/s",
          "Kontroll ms",
          "aktiviteter/s",
        ],
        r.core.map((c) => [
          thousands(c.activities),
          c.runs,
          c.structureMs,
          thousands(c.structurePerSecond),
          c.validateMs,
          thousands(c.validatePerSecond),
        ]),
      ),
    );
  }
  if (r.inprocess) {
    const c = r.inprocess;
    lines.push(
      `\nSammanställning i en process: ${c.workbooks} filer, ${thousands(c.activities)} aktiviteter (radbalans ${c.conservationOk ? "✓" : "FEL"}), median av ${c.runs}`,
    );
    lines.push(
      table(
        ["Mätning", "ms", "× ExcelJS"],
        [
          ["ExcelJS läser alla filer (golvet)", c.excelJsReadFloorMs, "1.00"],
          [
            "consolidateSources (läs, strukturera, kontrollera, sammanställ)",
            c.consolidateMs,
            c.ratio.toFixed(2),
          ],
          [
            "… och skriv sammanstallning.xlsx + .html",
            c.consolidateAndWriteMs,
            c.ratioWithWriting.toFixed(2),
          ],
        ],
      ),
    );
  }
  if (r.office) {
    lines.push("\ncontext.sync() per Office-åtgärd (adaptern mot den simulerade Excel)");
    lines.push(
      table(
        ["Åtgärd", "sync()", "Omfattning"],
        r.office.map((s) => [s.operation, s.syncs, s.detail]),
        [0, 2],
      ),
    );
  }
  if (r.pane) {
    const b = r.pane.bundle;
    lines.push(
      `\nPanelens initiala JavaScript: ${round(b.initialBytes / 1024)} KB, ${b.initialGzipKB} KB gzip (${b.initial.map((f) => f.file).join(", ")}); laddas vid behov: ${b.lazy.length} delar, ${b.lazyGzipKB} KB gzip; Office.js från ${b.external.join(", ") || "–"} räknas inte`,
    );
    const p = r.pane.firstPaint;
    lines.push(
      p.skipped
        ? `Första målningen: ej mätt (${p.skipped})`
        : `Före första målningen (Chromium, median av ${p.runs}: ${p.paintMs} ms, snabbast ${p.fastestPaintMs} ms): ${p.scriptsBeforePaint.map((s) => s.file).join(", ")} = ${p.gzipKB} KB gzip`,
    );
  }
  lines.push(
    "\nMål (kvoter av CPU-tid, parvis mot en process som gör samma sak på annat sätt, samma körning; kvoten i väggklocktid inom parentes)",
  );
  lines.push(
    table(
      ["Mått", "Mål", "Uppmätt", "Jämförelse (median CPU-tid)", "Belastning", ""],
      r.targets.map((t) => [t.name, t.target, t.measured, t.peer, t.load, verdict(t.met)]),
      [0, 1, 2, 3, 4, 5],
    ),
  );
  return lines.join("\n");
}
