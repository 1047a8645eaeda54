/**
 * Every rule of SPEC §6 on a realistic row from the seeds (quoted), with the exact cell it names,
 * and on a valid row where it stays silent.
 */
import { gridFromText, type Grid } from "../../../src/core/grid";
import type { Finding, RegisterEntry, Report } from "../../../src/core/model";
import { parseDue } from "../../../src/core/parse";
import { validateReport } from "../../../src/core/validate";
import {
  activity,
  KOF_GOAL_1,
  KS_COLUMNS,
  monthDue,
  NO_DUE,
  profile,
  quarterDue,
  report,
} from "./helpers";

function findings(
  r: Report,
  rule: string,
  options: { register?: RegisterEntry[]; grid?: Grid; cutoff?: string } = {},
): Finding[] {
  return validateReport(r, { profile, ...options }).filter((finding) => finding.rule === rule);
}

// kof-2020-delar.txt, Samhälle: "Utveckling av Digital kreativ verkstad (fortsättning från 2019) … Kvartal 3 Pågående"
const kofRow15 = activity({
  row: 15,
  goal: KOF_GOAL_1,
  activity: "Utveckling av Digital kreativ verkstad (fortsättning från 2019)",
  due: quarterDue("Kvartal 3", 3),
  status: "Pågående",
  comment: "Arbetet är pågående och inga större avvikelser ses.",
});

// kof-2020-delar.txt, Ekonomi: "Förbättra system för ekonomisk uppföljning … Kvartal 2 Genomfört"
const kofRow30 = activity({
  row: 30,
  goal: "God ekonomisk kontroll",
  activity: "Förbättra system för ekonomisk uppföljning (fortsättning från 2019)",
  due: quarterDue("Kvartal 2", 2),
  status: "Genomfört",
  comment: "Enhetscheferna vid förvaltningen har tillgång till Qlik Sense.",
});

describe("activity.required", () => {
  it("flags a row with a status and comment but no activity text, at the Aktivitet cell", () => {
    const row = activity({
      row: 23,
      goal: KOF_GOAL_1,
      activity: "",
      due: quarterDue("Kvartal 3", 3),
      status: "Pågående",
      comment: "Arbetet är pågående och inga större avvikelser ses.",
    });
    const [finding, ...rest] = findings(report([row]), "activity.required");
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      cell: "B23",
      sheet: "Uppföljning",
      row: 23,
      column: "B",
      severity: "error",
    });
    expect(finding!.message).toContain("ingen aktivitet");
  });
  it("is silent on a row with an activity", () => {
    expect(findings(report([kofRow15]), "activity.required")).toEqual([]);
  });
});

describe("status.missing", () => {
  it("flags an empty Status cell", () => {
    const row = activity({
      row: 15,
      goal: KOF_GOAL_1,
      activity: "Utveckling av Digital kreativ verkstad (fortsättning från 2019)",
      due: quarterDue("Kvartal 3", 3),
      status: "",
      comment: "Arbetet är pågående och inga större avvikelser ses.",
    });
    const [finding] = findings(report([row]), "status.missing");
    expect(finding).toMatchObject({ cell: "D15", severity: "error", value: null });
    expect(finding!.message).toContain("”Utveckling av Digital kreativ verkstad");
    expect(finding!.message).toContain("Genomfört, Pågående");
  });
  it("is silent when there is a status", () => {
    expect(findings(report([kofRow15]), "status.missing")).toEqual([]);
  });
});

describe("status.unknown", () => {
  it("flags a misspelt status and suggests the closest canonical term", () => {
    // KOF row 15 with "Pågående" misspelt as it happens in hand-filled sheets.
    const row = activity({
      row: 15,
      goal: KOF_GOAL_1,
      activity: "Utveckling av Digital kreativ verkstad (fortsättning från 2019)",
      due: quarterDue("Kvartal 3", 3),
      status: "Pågånde",
      comment: "Arbetet är pågående och inga större avvikelser ses.",
    });
    const [finding, ...rest] = findings(report([row]), "status.unknown");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      cell: "D15",
      severity: "error",
      value: "Pågånde",
      suggestion: "Pågående",
    });
    expect(finding!.message).toContain("”Pågånde”");
    expect(finding!.message).toContain("Menade du ”Pågående”");
    expect(findings(report([row]), "status.ambiguous")).toEqual([]);
  });
  it("suggests the canonical term when the closest is a synonym (”Klarr” → Genomfört)", () => {
    // vss-2023-delar.txt writes "Klar" for finished sub-activities.
    const row = activity({
      row: 20,
      activity: "att implementera ny tillämpningsanvisning ”Gratifikation för förlängt arbetsliv”",
      due: monthDue("December", 12, 2023),
      status: "Klarr",
      comment: "Aktiviteten är genomförd i sin helhet.",
    });
    expect(findings(report([row], { year: 2023 }), "status.unknown")[0]).toMatchObject({
      cell: "D20",
      suggestion: "Genomfört",
    });
  });
  it("gives no suggestion for a long sentence (and stays fast)", () => {
    const long = "Ingen bedömning gjord ".repeat(5000);
    const row = activity({
      row: 15,
      activity: "Utveckling av Berga By (fortsättning från 2019)",
      due: quarterDue("Kvartal 3", 3),
      status: long,
      comment: "x",
    });
    const [finding] = findings(report([row]), "status.unknown");
    expect(finding!.cell).toBe("D15");
    expect(finding!.suggestion).toBeUndefined();
    expect(finding!.message.length).toBeLessThan(400);
  });
  it("is silent on a known status", () => {
    expect(findings(report([kofRow15, kofRow30]), "status.unknown")).toEqual([]);
  });
});

describe("status.noncanonical", () => {
  // vss-2023-delar.txt: "Driva det beslutade projektet Mitt Linköping under 2023 … December Pågår"
  const vssRow = activity({
    row: 12,
    sheet: "Uppföljning",
    goal: "God service",
    activity:
      "Driva det beslutade projektet Mitt Linköping under 2023 utifrån kommundirektörens beslut om målbild och enligt framtaget projektdirektiv",
    due: monthDue("December", 12, 2023),
    status: "Pågår",
    comment: "Projektet fortgår enligt plan vad gäller resultat, resurser, ekonomi och tid.",
  });

  it("flags a synonym and fixes it to the canonical term", () => {
    const [finding] = findings(report([vssRow], { year: 2023 }), "status.noncanonical");
    expect(finding).toMatchObject({
      cell: "D12",
      severity: "warning",
      value: "Pågår",
      suggestion: "Pågående",
      fix: { sheet: "Uppföljning", cell: "D12", oldValue: "Pågår", newValue: "Pågående" },
    });
    expect(finding!.message).toBe(
      "Statusen ”Pågår” betyder ”Pågående”. Skriv ”Pågående” så att rapporten följer mallens statuslista.",
    );
  });

  it("in a shared Utfall cell replaces only the leading term and keeps the comment", () => {
    // ks-2018-delar.txt: "Inrättande av Kontaktcenter - projekt   Pågår – Kontaktcenter startar april 2019"
    const ks = activity({
      row: 14,
      activity: "Inrättande av Kontaktcenter - projekt",
      status: "Pågår – Kontaktcenter startar april 2019",
    });
    const r = report([ks], {
      year: 2018,
      columns: KS_COLUMNS,
      organisation: "Kommunledningsförvaltningen",
    });
    const [finding] = findings(r, "status.noncanonical");
    expect(finding!.cell).toBe("B14");
    expect(finding!.fix).toEqual({
      sheet: "Uppföljning",
      cell: "B14",
      oldValue: "Pågår – Kontaktcenter startar april 2019",
      newValue: "Pågående – Kontaktcenter startar april 2019",
    });
  });

  it("joins a hyphenated term (”Genom-\\nfört”, as the KOF PDF prints it)", () => {
    const row = activity({
      row: 9,
      goal: KOF_GOAL_1,
      activity: "Genomföra en översyn av museer och andra berörda verksamheter",
      due: quarterDue("Kvartal 2", 2),
      status: "Genom-\nfört",
      comment: "Extern konsult har slutfört utredningen.",
    });
    expect(findings(report([row]), "status.noncanonical")[0]!.fix).toMatchObject({
      cell: "D9",
      newValue: "Genomfört",
    });
  });

  it("offers no fix for a sub-activity inside its parent's cell", () => {
    const sub = activity({
      row: 12,
      activity: "att implementera ny tillämpningsanvisning",
      due: monthDue("December", 12, 2023),
      status: "Klar",
      comment: null,
      parentId: "r12",
    });
    const [finding] = findings(report([sub], { year: 2023 }), "status.noncanonical");
    expect(finding!.suggestion).toBe("Genomfört");
    expect(finding!.fix).toBeUndefined();
  });

  it("is silent on the canonical term, also with a comment glued on (”Genomfört – beslutat av kommunfullmäktige”)", () => {
    const ks = activity({
      row: 11,
      activity: "Översyn av reglemente inför nästa mandatperiod",
      status: "Genomfört – beslutat av kommunfullmäktige",
    });
    expect(findings(report([kofRow15, kofRow30]), "status.noncanonical")).toEqual([]);
    expect(findings(report([ks], { columns: KS_COLUMNS }), "status.noncanonical")).toEqual([]);
  });
});

describe("status.ambiguous", () => {
  // kof-2020-delar.txt: "Inarbeta och genomföra åtgärder i enlighet med handlingsplan för Idrottspolitiska
  // programmet … Kvartal 4 (se även för prioriterade aktiviteter)  Pågående och genomfört"
  const row20 = activity({
    row: 20,
    goal: KOF_GOAL_1,
    activity:
      "Inarbeta och genomföra åtgärder i enlighet med handlingsplan för Idrottspolitiska programmet för Linköpings kommun",
    due: quarterDue("Kvartal 4 (se även för prioriterade aktiviteter)", 4),
    status: "Pågående och genomfört",
    comment:
      "Implementera nya avgifter\nFörslag på nya avgifter kommer att presenteras för kultur- och fritidsnämnden under kvartal 4 2020..",
  });
  it("flags two statuses in one cell and suggests splitting the activity", () => {
    const [finding] = findings(report([row20]), "status.ambiguous");
    expect(finding).toMatchObject({
      cell: "D20",
      severity: "error",
      value: "Pågående och genomfört",
      suggestion: "Dela upp aktiviteten i en rad per status.",
    });
    expect(findings(report([row20]), "status.unknown")).toEqual([]);
  });
  it("is silent on one status", () => {
    expect(findings(report([kofRow15]), "status.ambiguous")).toEqual([]);
  });
});

describe("due.missing", () => {
  // kof-2020-delar.txt, Ekonomi: "Uppdrag till samtliga nämnder att, i samarbete med upphandlingsenheten, … Kvarstår" (no Slutdatum)
  it("flags an empty Slutdatum cell", () => {
    const row = activity({
      row: 31,
      goal: "God ekonomisk kontroll",
      activity:
        "Uppdrag till samtliga nämnder att, i samarbete med upphandlingsenheten, förbättra avtalsuppföljningen",
      due: NO_DUE,
      status: "Kvarstår",
      comment: "Arbetet har försenast med anledning av coronapandemin.",
    });
    const [finding] = findings(report([row]), "due.missing");
    expect(finding).toMatchObject({ cell: "C31", severity: "warning", value: null });
    expect(finding!.message).toContain("Kvartal 1, Kvartal 2, Kvartal 3, Kvartal 4");
  });
  it("is silent when there is a due period", () => {
    expect(findings(report([kofRow30]), "due.missing")).toEqual([]);
  });
});

describe("due.unknown", () => {
  // ks-2018-delar.txt writes "Löpande" for continuous work; in a Slutdatum cell no period can be read from it.
  const seed = {
    row: 42,
    goal: "Effektiva administrativa processer",
    activity: "Utveckla administrativa processer för kommunens konstsamling",
    status: "Pågående",
    comment: "De nya processerna har inletts.",
  };
  it("flags a due the profile cannot read", () => {
    const row = activity({ ...seed, due: parseDue("Löpande", 2020, profile) });
    const [finding] = findings(report([row]), "due.unknown");
    expect(finding).toMatchObject({ cell: "C42", severity: "error", value: "Löpande" });
    expect(finding!.message).toBe(
      "Slutdatumet ”Löpande” går inte att tolka. Ange ett av Kvartal 1, Kvartal 2, Kvartal 3, Kvartal 4.",
    );
    expect(findings(report([row]), "due.missing")).toEqual([]);
    expect(findings(report([row]), "due.noncanonical")).toEqual([]);
  });
  it("is silent on a readable due (also on a reference, kof-2020-delar.txt ”Se objektsplan”)", () => {
    const reference = activity({ ...seed, due: parseDue("Se objektsplan", 2020, profile) });
    expect(findings(report([kofRow15, reference]), "due.unknown")).toEqual([]);
  });
});

describe("due.noncanonical", () => {
  // vss-2023-delar.txt: "Genomföra en förstudie gällande införande av gemensam kundtjänst för intern service  Maj  Genomförs ej"
  const vssMay = activity({
    row: 16,
    goal: "God service",
    activity: "Genomföra en förstudie gällande införande av gemensam kundtjänst för intern service",
    due: monthDue("Maj", 5, 2023),
    status: "Genomförs ej",
    comment:
      "I dagsläget har inte förvaltningen tillgängliga utvecklingsresurser för att driva en förstudie.",
  });
  it("fixes a month to its quarter (Maj → Kvartal 2)", () => {
    const [finding] = findings(report([vssMay], { year: 2023 }), "due.noncanonical");
    expect(finding).toMatchObject({
      cell: "C16",
      severity: "warning",
      value: "Maj",
      suggestion: "Kvartal 2",
      fix: { cell: "C16", oldValue: "Maj", newValue: "Kvartal 2" },
    });
  });
  it("fixes Q4 (an-2024-delar.txt) to Kvartal 4", () => {
    const row = activity({
      row: 40,
      activity: "Aktivitet: Genomföra implementering av BEATA",
      due: quarterDue("Q4", 4, 2024),
      status: "klart",
      comment: null,
    });
    expect(findings(report([row], { year: 2024 }), "due.noncanonical")[0]!.fix).toMatchObject({
      cell: "C40",
      oldValue: "Q4",
      newValue: "Kvartal 4",
    });
  });
  it("only suggests when the cell says more than the term (KOF ”Kvartal 4 (se även för prioriterade aktiviteter)”)", () => {
    const row = activity({
      row: 20,
      goal: KOF_GOAL_1,
      activity:
        "Inarbeta och genomföra åtgärder i enlighet med handlingsplan för Idrottspolitiska programmet",
      due: quarterDue("Kvartal 4 (se även för prioriterade aktiviteter)", 4),
      status: "Pågående",
      comment: "Implementera nya avgifter",
    });
    const [finding] = findings(report([row]), "due.noncanonical");
    expect(finding).toMatchObject({ cell: "C20", suggestion: "Kvartal 4" });
    expect(finding!.fix).toBeUndefined();
  });
  it("suggests but never fixes a report period (bun-2020-helar.txt ”Delrapport 2  Kvarstår”)", () => {
    const row = activity({
      row: 30,
      goal: "Likvärdiga möjligheter",
      activity: "Införa systemstöd i förskolan",
      due: parseDue("Delrapport 2", 2020, profile),
      status: "Kvarstår",
      comment:
        "Försenat på grund av coronapandemin och förseningar med systemstödet. Arbetet pågår under 2021.",
    });
    const [finding] = findings(
      report([row], { period: "helar", organisation: "Barn- och ungdomsförvaltningen" }),
      "due.noncanonical",
    );
    expect(finding).toMatchObject({ cell: "C30", value: "Delrapport 2", suggestion: "Kvartal 3" });
    expect(finding!.fix).toBeUndefined();
  });
  it("is silent on an allowed term", () => {
    expect(findings(report([kofRow15, kofRow30]), "due.noncanonical")).toEqual([]);
  });
});

describe("due.beyondYear", () => {
  // an-2024-delar.txt: "Strategiskt utvecklingsuppdrag (11) … Aktivitet: Genomföra implementering av BEATA  2025/2026"
  const beata = activity({
    row: 40,
    activity:
      "Strategiskt utvecklingsuppdrag (11)\nSamtliga nämnder ska öka användandet av digitaliseringens möjligheter för förbättrad service till medborgare samt fortsatt verksamhetsutveckling och effektivisering.\nAktivitet: Genomföra implementering av BEATA",
    due: { raw: "2025/2026", kind: "year", value: "2025/2026", end: "2026-12-31" },
    status: "Pågående",
    comment: null,
  });
  it("notes a due after the report year, without calling it noncanonical", () => {
    const r = report([beata], { year: 2024, organisation: "Vård- och omsorgsförvaltningen" });
    expect(findings(r, "due.beyondYear")[0]).toMatchObject({
      cell: "C40",
      severity: "info",
      value: "2025/2026",
    });
    expect(findings(r, "due.noncanonical")).toEqual([]);
  });
  it("is silent on a due within the year", () => {
    expect(findings(report([kofRow15]), "due.beyondYear")).toEqual([]);
  });
});

describe("comment.required", () => {
  // kof-2020-delar.txt: "Genomföra trygghetsskapande åtgärder vid kommunens anläggningar … Kvartal 3 Kvarstår"
  const seed = {
    row: 25,
    goal: "Mötesplatser och anläggningar upplevs trygga och välkomnande",
    activity: "Genomföra trygghetsskapande åtgärder vid kommunens anläggningar",
    due: quarterDue("Kvartal 3", 3),
    status: "Kvarstår",
  };
  it("flags a delayed activity without a comment, at the Kommentar cell", () => {
    const [finding] = findings(report([activity({ ...seed, comment: null })]), "comment.required");
    expect(finding).toMatchObject({ cell: "E25", severity: "error" });
    expect(finding!.message).toContain("”Kvarstår”");
  });
  it("is silent when the comment is there (and for an ongoing activity without one)", () => {
    const commented = activity({
      ...seed,
      comment: "Åtgärder planeras att genomföras under kvartal 3-4 genom bland annat belysning.",
    });
    const ongoing = activity({ ...seed, row: 26, status: "Pågående", comment: null });
    expect(findings(report([commented, ongoing]), "comment.required")).toEqual([]);
  });
});

describe("overdue.ongoing", () => {
  // kof-2020-delar.txt, sub-activity of row 20: "- Utredning och implementering av ett nytt elitidrottsstöd, Kvartal 2"
  // — the comment says "Beslut planeras i nämnden under kvartal 4", i.e. still ongoing per 31 augusti.
  const elitstod = activity({
    row: 21,
    goal: KOF_GOAL_1,
    activity: "Utredning och implementering av ett nytt elitidrottsstöd",
    due: quarterDue("Kvartal 2", 2),
    status: "Pågående",
    comment:
      "Information om förslag på nytt elitstöd har presenterats för kultur- och fritidsnämnden (KFN 2020-06-17 § 53). Beslut planeras i nämnden under kvartal 4.",
  });
  it("flags a Kvartal 2 activity still Pågående per 31 augusti 2020 (KOF delår)", () => {
    const [finding] = findings(report([elitstod]), "overdue.ongoing");
    expect(finding).toMatchObject({ cell: "D21", severity: "warning", value: "Pågående" });
    expect(finding!.message).toBe(
      "Slutdatumet ”Kvartal 2” passerades 2020-06-30, före avstämningsdatumet 2020-08-31, men statusen är ”Pågående”. Ange om aktiviteten är genomförd, försenad (”Kvarstår”) eller flyttad, och kommentera.",
    );
  });
  it("also flags not started (vss-2023-delar.txt ”Ej startad”) once the due has passed", () => {
    const row = activity({
      row: 30,
      activity:
        "Genomföra kunskapsinsatser kring förvaltningens affärsmodell för övriga förvaltningar på taktisk beslutsnivå",
      due: monthDue("Maj", 5, 2023),
      status: "Ej startad",
      comment: "Denna insats flyttas till 2024.",
    });
    expect(findings(report([row], { year: 2023 }), "overdue.ongoing")[0]!.cell).toBe("D30");
  });
  it("uses the given cut-off over the derived one (per 30 april nothing of Kvartal 2 is overdue)", () => {
    expect(findings(report([elitstod]), "overdue.ongoing", { cutoff: "2020-04-30" })).toEqual([]);
    expect(findings(report([elitstod], { period: "tertial1" }), "overdue.ongoing")).toEqual([]);
    expect(findings(report([elitstod], { cutoff: "2020-05-31" }), "overdue.ongoing")).toEqual([]);
  });
  it("is silent on Kvartal 3 Pågående per 31 augusti, and on delayed or done Kvartal 2 activities", () => {
    // kof-2020-delar.txt: "Översyn av struktur för intern kommunikation … Kvartal 2 Kvarstår"
    const delayed = activity({
      row: 53,
      activity:
        "Översyn av struktur för intern kommunikation, utifrån Kommunikationsstabens kommunövergripande arbete.",
      due: quarterDue("Kvartal 2", 2),
      status: "Kvarstår",
      comment: "Arbetet har försenats med anledning av Coronapandemin (stabsarbete kommunikatör)",
    });
    expect(findings(report([kofRow15, kofRow30, delayed]), "overdue.ongoing")).toEqual([]);
  });
  it("is silent without year or period (no cut-off; meta.missing says why)", () => {
    expect(findings(report([elitstod], { period: null }), "overdue.ongoing")).toEqual([]);
  });
});

describe("done.future", () => {
  // kof-2020-delar.txt, Verksamhet: "Implementera digitala lösningar exempelvis IoT (Internet of Things) … Kvartal 4 Genomfört"
  it("notes an activity done before a due after the cut-off, at the Slutdatum cell", () => {
    const row = activity({
      row: 40,
      goal: "Effektiva administrativa processer",
      activity: "Implementera digitala lösningar exempelvis IoT (Internet of Things)",
      due: quarterDue("Kvartal 4", 4),
      status: "Genomfört",
      comment: "Sensorer som mäter vattentemperatur finns på flera av kommunens badplatser.",
    });
    const [finding] = findings(report([row]), "done.future");
    expect(finding).toMatchObject({ cell: "C40", severity: "info", value: "Kvartal 4" });
    expect(finding!.message).toContain("2020-08-31");
  });
  it("is silent on an activity done by its due (Kvartal 2 Genomfört)", () => {
    expect(findings(report([kofRow30]), "done.future")).toEqual([]);
  });
});

describe("perspective.unknown", () => {
  // ks-2018-delar.txt groups activities by area ("Kommunövergripande", "Näringsliv", …) instead of perspective.
  const ks = (row: number, perspective: string) =>
    activity({
      row,
      perspective,
      activity: "Utveckling av kommunövergripande modell för planering och uppföljning",
      status:
        "Genomfört – En kommungemensam modell för mål- och verksamhetsstyrning har tagits fram",
    });
  it("without a Perspektiv column: one finding per unknown area, on the row of its first activity", () => {
    const r = report(
      [ks(4, "Kommunövergripande"), ks(5, "Kommunövergripande"), ks(9, "Näringsliv")],
      { columns: KS_COLUMNS, year: 2018 },
    );
    const found = findings(r, "perspective.unknown");
    expect(found.map((f) => [f.cell, f.row, f.value])).toEqual([
      ["", 4, "Kommunövergripande"],
      ["", 9, "Näringsliv"],
    ]);
    expect(found[0]!.severity).toBe("warning");
  });
  it("with a Perspektiv column: the cell, and a suggestion for a near miss", () => {
    const row = activity({
      row: 10,
      perspective: "Medarbetar",
      activity: "Goda arbetsplatser",
      due: quarterDue("Kvartal 1", 1),
      status: "Genomfört",
      comment: "x",
    });
    const r = report([row], {
      columns: { perspective: 1, goal: 2, activity: 3, due: 4, status: 5, comment: 6 },
    });
    expect(findings(r, "perspective.unknown")[0]).toMatchObject({
      cell: "A10",
      suggestion: "Medarbetare",
    });
  });
  it("is silent on a known perspective and on a synonym (vss-2023-delar.txt ”Medborgare/kund”)", () => {
    const rows = [
      activity({
        ...{
          row: 12,
          activity: "Utbilda merparten av förvaltningens medarbetare i service och bemötande",
          status: "Pågår",
        },
        perspective: "Medborgare/kund",
      }),
      activity({ row: 15, perspective: "Samhälle", activity: "x", status: "Pågående" }),
    ];
    expect(findings(report(rows), "perspective.unknown")).toEqual([]);
  });
});

describe("assignment.unknown and assignment.uncovered", () => {
  // an-2024-delar.txt: the report's own list of kommungemensamma uppdrag (1–6, 12–14, 38, 39, 42)…
  const register: RegisterEntry[] = [
    [1, "Samtliga nämnder ska fortsätta arbetet med civil beredskap"],
    [
      2,
      "Samtliga nämnder ska inom ramen för sitt basuppdrag vidta åtgärder och intensifiera arbetet för att minska och motverka segregation",
    ],
    [
      13,
      "Samtliga nämnder ska i samverkan med kommunstyrelsen och arbetsmarknadsnämnden införa 500 nya arbetsmarknadsplatser",
    ],
    [
      39,
      "Samtliga nämnder ska öka användandet av digitaliseringens möjligheter för förbättrad service till medborgare",
    ],
  ].map(([number, text]) => ({
    number: number as number,
    text: text as string,
    scope: "kommungemensamt" as const,
    year: 2024,
    boards: [],
  }));
  // …while an activity cites "Kommunövergripande strategiskt uppdrag 43".
  const cites43 = activity({
    row: 50,
    activity:
      "Kommunövergripande strategiskt uppdrag 43\nSamtliga nämnder ska i samverkan med kommunstyrelsen och arbetsmarknadsnämnden införa 500 nya arbetsmarknadsplatser inom kommunkoncernen.",
    due: quarterDue("Q3", 3, 2024),
    status: "Pågående",
    comment: null,
    assignmentRefs: [{ scope: "kommungemensamt", number: 43 }],
  });
  const cites1and2 = activity({
    row: 44,
    activity:
      "Strategiskt utvecklingsuppdrag (1) Samtliga nämnder ska fortsätta arbetet med civil beredskap",
    due: quarterDue("Kvartal 4", 4, 2024),
    status: "Pågående",
    comment: null,
    assignmentRefs: [
      { scope: "unspecified", number: 1 },
      { scope: "kommungemensamt", number: 2 },
    ],
  });
  const an = (activities: ReturnType<typeof activity>[]) =>
    report(activities, { year: 2024, organisation: "Vård- och omsorgsförvaltningen" });

  it("assignment.unknown: a number not in the register, at the Aktivitet cell (no Uppdrag column)", () => {
    const [finding, ...rest] = findings(an([cites43, cites1and2]), "assignment.unknown", {
      register,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ cell: "B50", value: "43", severity: "warning" });
    expect(finding!.message).toBe(
      "Uppdrag nummer 43 finns inte i uppdragsregistret för 2024. Kontrollera numret mot bladet ”Uppdrag”.",
    );
  });
  it("assignment.unknown is silent for known numbers and without a register", () => {
    expect(findings(an([cites1and2]), "assignment.unknown", { register })).toEqual([]);
    expect(findings(an([cites43]), "assignment.unknown")).toEqual([]);
    // A workbook without an Uppdrag sheet structures to an empty register: nothing can be judged.
    expect(findings(an([cites43]), "assignment.unknown", { register: [] })).toEqual([]);
    expect(findings(an([cites43]), "assignment.uncovered", { register: [] })).toEqual([]);
  });
  it("assignment.uncovered: one report-level finding per kommungemensamt uppdrag nobody references", () => {
    const found = findings(an([cites43, cites1and2]), "assignment.uncovered", { register });
    expect(found.map((f) => [f.cell, f.row, f.value?.slice(0, 3)])).toEqual([
      ["", null, "13."],
      ["", null, "39."],
    ]);
    expect(found[0]!.message).toContain("uppdraget 13");
  });
  it("assignment.uncovered ignores other years and nämndspecifika, and is silent when all are covered", () => {
    const other: RegisterEntry[] = [
      {
        number: 7,
        text: "Samtliga nämnder ska i sin planering inarbeta åtgärder utifrån OBS-rapport",
        scope: "kommungemensamt",
        year: 2023,
        boards: [],
      },
      {
        number: 27,
        text: "Äldrenämnden ska i samverkan med kommunstyrelsen och Stångåstaden underlätta",
        scope: "namndspecifikt",
        year: 2024,
        boards: ["Äldrenämnden"],
      },
    ];
    expect(
      findings(an([cites1and2]), "assignment.uncovered", {
        register: [...register.slice(0, 2), ...other],
      }),
    ).toEqual([]);
  });
});

describe("duplicate.activity", () => {
  // kof-2020-delar.txt, Ekonomi: "Avveckling av kolloverksamhet  Kvartal 3  Genomfört" — pasted twice.
  const seed = {
    goal: "God ekonomisk kontroll",
    activity: "Avveckling av kolloverksamhet",
    due: quarterDue("Kvartal 3", 3),
    status: "Genomfört",
    comment: "Hyresavtalet är uppsagt och avslutas 2021.",
  };
  it("flags the second occurrence under the same goal (case and spacing folded)", () => {
    const rows = [
      activity({ ...seed, row: 33 }),
      activity({ ...seed, row: 34, activity: "Avveckling av  Kolloverksamhet" }),
    ];
    const [finding, ...rest] = findings(report(rows), "duplicate.activity");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ cell: "B34", severity: "warning" });
    expect(finding!.message).toContain("rad 33");
  });
  it("folds the case of å, ä, ö and non-breaking spaces too", () => {
    const rows = [
      activity({ ...seed, row: 33, activity: "Översyn av föreningsbidragen" }),
      activity({ ...seed, row: 34, activity: "ÖVERSYN av\u00a0FÖRENINGSBIDRAGEN " }),
      activity({ ...seed, row: 35, activity: "Översyn av föreningsbidragen 2" }),
    ];
    const found = findings(report(rows), "duplicate.activity");
    expect(found.map((f) => f.cell)).toEqual(["B34"]);
  });
  it("is silent for the same text under another goal", () => {
    const rows = [
      activity({ ...seed, row: 33 }),
      activity({ ...seed, row: 40, goal: "Hållbar verksamhet" }),
    ];
    expect(findings(report(rows), "duplicate.activity")).toEqual([]);
  });
  it("tells long texts apart in the middle and finds them folded anywhere", () => {
    // Only the ends of a text are hashed: texts alike there share a bucket and their full keys decide.
    const start = "Översyn av föreningsbidragen inom kultur- och fritidsnämndens ansvarsområde, ";
    const end = " och en redovisning till nämnden i december med förslag på nya riktlinjer.";
    const rows = [
      activity({ ...seed, row: 33, activity: `${start}med dialog med föreningarna${end}` }),
      activity({ ...seed, row: 34, activity: `${start}utan dialog med föreningarna${end}` }),
      activity({
        ...seed,
        row: 35,
        activity: `${start}MED  dialog med\nföreningarna${end}`.toUpperCase(),
      }),
    ];
    expect(findings(report(rows), "duplicate.activity").map((f) => f.cell)).toEqual(["B35"]);
  });
});

describe("meta.missing", () => {
  it("one report-level error per missing field", () => {
    const found = findings(report([kofRow15], { period: null, year: null }), "meta.missing");
    expect(found.map((f) => [f.cell, f.value, f.severity])).toEqual([
      ["", "year", "error"],
      ["", "period", "error"],
    ]);
    expect(found[1]!.message).toBe(
      "Rapporten saknar period (tertial 1, delår eller helår). Fyll i period (tertial 1, delår eller helår) i rapportens huvud.",
    );
  });
  it("is silent on a complete header (KOF 2020: förvaltning, år, delår)", () => {
    expect(findings(report([kofRow15]), "meta.missing")).toEqual([]);
  });
});

describe("text.formula", () => {
  const header = ["Nämndmål", "Aktivitet", "Slutdatum 2020", "Status", "Kommentar"];
  function kofGrid(row13: (string | null)[]): Grid {
    const rows: (string | null)[][] = Array.from({ length: 12 }, () => []);
    rows[7] = header;
    rows[12] = row13;
    return gridFromText("Uppföljning", rows);
  }
  // kof-2020-delar.txt: "Utveckling av ungdomsverksamhet 13-25 år … - Nya arbetssätt för en främjande verksamhet"
  const row13 = activity({
    row: 13,
    goal: KOF_GOAL_1,
    activity: "- Nya arbetssätt för en främjande verksamhet",
    due: quarterDue("Kvartal 4", 4),
    status: "Pågående",
    comment: "Med anledning av coronapandemin har planerade insatser fått anpassats.",
  });

  it("flags text that starts with a formula character", () => {
    const grid = kofGrid([
      null,
      "- Nya arbetssätt för en främjande verksamhet",
      "Kvartal 4",
      "Pågående",
      "Med anledning av coronapandemin har planerade insatser fått anpassats.",
    ]);
    const [finding, ...rest] = findings(report([row13]), "text.formula", { grid });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      cell: "B13",
      severity: "warning",
      value: "- Nya arbetssätt för en främjande verksamhet",
    });
    expect(finding!.message).toContain("”-”");
  });
  it("flags a cell holding a formula", () => {
    const grid = kofGrid([
      null,
      "Utveckling av ungdomsverksamhet 13-25 år",
      "Kvartal 4",
      "Pågående",
      null,
    ]);
    grid.rows[12]![4] = { kind: "text", text: "Pågående", value: "Pågående", formula: 'D12&""' };
    const [finding] = findings(report([row13]), "text.formula", { grid });
    expect(finding).toMatchObject({ cell: "E13", value: '=D12&""' });
  });
  it("flags an error value left without its formula (values pasted over a failed lookup)", () => {
    const grid = kofGrid([null, "Utveckling av ungdomsverksamhet 13-25 år", "Kvartal 4", "Pågående", null]);
    grid.rows[12]![4] = { kind: "error", text: "#N/A", value: "#N/A" };
    const [finding, ...rest] = findings(report([row13]), "text.formula", { grid });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ cell: "E13", severity: "warning", value: "#N/A" });
    expect(finding!.message).toContain("felvärdet #N/A");
  });
  it("is silent on plain text, and without a grid", () => {
    const grid = kofGrid([
      null,
      "Utveckling av ungdomsverksamhet 13-25 år (fortsättning från 2019)",
      "Kvartal 4",
      "Pågående",
      "Med anledning av coronapandemin",
    ]);
    expect(findings(report([row13]), "text.formula", { grid })).toEqual([]);
    expect(findings(report([row13]), "text.formula")).toEqual([]);
  });
});
