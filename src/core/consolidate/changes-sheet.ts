/**
 * "Förändringar": the change since the previous period (period-changes.ts) as one filterable
 * table, one row per finding, per organisation: status changes, new, vanished, ties, carried over.
 */
import type { SheetSpec, SpecValue } from "../sheetspec";
import { LIGHT_COLOURS } from "./labels";
import type { Summary } from "./model";
import { FUZZY_THRESHOLD } from "./period-changes";
import type { OrganisationChanges, PeriodActivity, PeriodMatch } from "./model";

export const CHANGES_SHEET = "Förändringar";

export const CHANGE_KIND_LABELS = {
  status: "Ändrad status",
  new: "Ny",
  vanished: "Försvunnen utan att vara klar",
  tie: "Osäker matchning (inte vald)",
  carried: "Överförd från förra perioden",
} as const;

export function similarityText(match: Pick<PeriodMatch, "match" | "similarity">): string {
  return match.match === "exact" ? "Exakt" : `Liknande text (${match.similarity.toFixed(2).replace(".", ",")})`;
}

/** The rows of the changes table, shared by the sheet and the Word chapter. */
export function changeRows(org: OrganisationChanges): { kind: keyof typeof CHANGE_KIND_LABELS; goal: string | null; activity: string; previousActivity: string | null; before: string | null; now: string | null; match: string | null }[] {
  const matched = (kind: "status" | "carried", m: PeriodMatch) => ({
    kind,
    goal: m.current.goal,
    activity: m.current.activity,
    previousActivity: m.match === "fuzzy" ? m.previous.activity : null,
    before: m.previous.status,
    now: m.current.status,
    match: similarityText(m),
  });
  const single = (kind: "new" | "vanished", a: PeriodActivity) => ({
    kind,
    goal: a.goal,
    activity: a.activity,
    previousActivity: null,
    before: kind === "vanished" ? a.status : null,
    now: kind === "new" ? a.status : null,
    match: null,
  });
  return [
    ...org.statusChanges.map((m) => matched("status", m)),
    ...org.new.map((a) => single("new", a)),
    ...org.vanished.map((a) => single("vanished", a)),
    ...org.ties.map((tie) => ({
      kind: "tie" as const,
      goal: tie.current[0]?.goal ?? null,
      activity: tie.current.map((a) => a.activity).join("\n"),
      previousActivity: tie.previous.map((a) => `• ${a.activity} (${a.status})`).join("\n"),
      before: null,
      now: tie.current.map((a) => a.status).join(", "),
      match: `Lika nära (${tie.similarity.toFixed(2).replace(".", ",")})`,
    })),
    ...org.carriedOver.filter((m) => !org.statusChanges.includes(m)).map((m) => matched("carried", m)),
  ];
}

export function changesSheet(summary: Summary): SheetSpec | null {
  const comparison = summary.comparison;
  if (!comparison) return null;
  const columns = ["Förvaltning", "Förändring", "Mål", "Aktivitet", "Förra periodens text", "Status förra perioden", "Status nu", "Matchning"];
  const rows: SpecValue[][] = comparison.organisations.flatMap((org) =>
    changeRows(org).map((r) => [org.organisation, CHANGE_KIND_LABELS[r.kind], r.goal, r.activity, r.previousActivity, r.before, r.now, r.match]),
  );
  const notes = [
    `Jämfört med: ${comparison.previousSources.join(", ") || "–"}. Aktiviteter matchas på förvaltning, mål och aktivitetstext; omformulerade texter från likheten ${FUZZY_THRESHOLD.toFixed(2).replace(".", ",")} (se användarguiden).`,
    ...(comparison.newOrganisations.length > 0 ? [`Inte med i förra periodens underlag, så ingen jämförelse: ${comparison.newOrganisations.join(", ")}.`] : []),
    ...(comparison.notReportedNow.length > 0 ? [`Fanns förra perioden men inte nu: ${comparison.notReportedNow.join(", ")}.`] : []),
    ...comparison.organisations
      .filter((org) => org.fuzzySkipped)
      .map((org) => `${org.organisation}: för många omatchade aktiviteter för att jämföra omformulerade texter; bara exakta träffar.`),
  ];
  const tableTop = 3 + notes.length;
  const lastRow = tableTop + Math.max(rows.length, 1);
  return {
    name: CHANGES_SHEET,
    cells: [
      { row: 1, col: 1, value: "Förändringar sedan förra perioden", style: { bold: true, fontSize: 14 } },
      ...notes.map((value, i) => ({ row: 2 + i, col: 1, value, style: { italic: true } })),
    ],
    table: { name: "Forandringar", topLeft: `A${tableTop}`, columns, rows, style: "TableStyleMedium2" },
    conditionalFormats: [
      { range: `B${tableTop + 1}:B${lastRow}`, kind: "textIn", values: [CHANGE_KIND_LABELS.vanished, CHANGE_KIND_LABELS.tie], fill: LIGHT_COLOURS.yellow.fill, fontColor: LIGHT_COLOURS.yellow.fontColor },
    ],
    columnWidths: { 1: 30, 2: 24, 3: 30, 4: 50, 5: 40, 6: 16, 7: 16, 8: 20 },
    wrapColumns: [3, 4, 5],
    freeze: { rows: tableTop, cols: 1 },
    print: { landscape: true, paper: "A4", titleRows: `${tableTop}:${tableTop}` },
  };
}
