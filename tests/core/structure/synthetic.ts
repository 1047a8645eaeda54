/** A KOF-shaped sheet for benchmarks: perspective rows, repeated headers, goals written once, long comments. */
import type { Cell, Grid } from "../../../src/core/grid";

const text = (value: string): Cell => ({ kind: "text", text: value, value });
const STATUSES = ["Genomfört", "Pågår – arbetet fortsätter under hösten", "Kvarstår pga Coronapandemin", "Ej påbörjad", "Klart", ""];
const DUES = ["Kvartal 1", "Q2", "Kvartal 3", "December", "Delrapport 2", "2025/2026", "Se objektsplan"];
const PERSPECTIVES = ["Samhälle", "Medborgare", "Ekonomi", "Verksamhet", "Medarbetare"];

export function syntheticGrid(activityRows: number): Grid {
  const header = ["Nämndmål", "Aktivitet", "Slutdatum 2020", "Ansvarig", "Status", "Kommentar"].map(text);
  const rows: (Cell | null)[][] = [[text("Uppföljning per den 31 augusti 2020")], [text("Förvaltning"), text("Kultur- och fritidsförvaltningen")], header];
  for (let i = 0; i < activityRows; i++) {
    if (i % 500 === 0) rows.push([text(PERSPECTIVES[(i / 500) % PERSPECTIVES.length]!)], header);
    else if (i % 40 === 0) rows.push(header);
    const status = STATUSES[i % STATUSES.length]!;
    rows.push([
      i % 8 === 0 ? text(`Nämndmål ${i}\nBeskrivning av målet ${i}`) : null,
      text(`Aktivitet nummer ${i}: utveckla verksamheten (kommungemensamt strategiskt utvecklingsuppdrag ${i % 14})`),
      text(DUES[i % DUES.length]!),
      text("Avdelningschef"),
      status === "" ? null : text(status),
      text(`Arbetet med aktivitet ${i} har genomförts enligt plan men en del har försenats med anledning av pandemin.`),
    ]);
  }
  return { sheet: "Uppföljning", rows, merges: [] };
}
