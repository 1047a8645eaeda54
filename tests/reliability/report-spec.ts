/** A small report of one organisation, as a SheetSpec, for tests that need reports by name. */
import type { SheetSpec } from "../../src/core/sheetspec";

const HEADER = ["Nämndmål", "Aktivitet", "Slutdatum 2024", "Status", "Kommentar"];

export function reportSpec(organisation: string): SheetSpec {
  const rows = [
    ["Uppföljning av verksamhetsplanen"],
    ["Förvaltning", organisation],
    ["År", "2024"],
    [],
    HEADER,
    ["Trygg vård", "Aktivitet ett", "Kvartal 4", "Genomfört", ""],
    ["Trygg vård", "Aktivitet två", "Kvartal 4", "Pågående", ""],
  ];
  return {
    name: "Uppföljning",
    cells: rows.flatMap((texts, r) =>
      texts
        .map((value, c) => ({ row: r + 1, col: c + 1, value }))
        .filter((cell) => cell.value !== ""),
    ),
  };
}
