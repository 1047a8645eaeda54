/** The structuring rules of SPEC §5, one at a time, on small sheets shaped like the seeds. */
import { gridFromText, type Grid } from "../../../src/core/grid";
import { standardProfile } from "../../../src/core/profile/load";
import { accountCells, structureGrid, structureSheets, type StructureResult } from "../../../src/core/structure";

const options = { profile: standardProfile, file: "kof.xlsx" };
const HEADER = ["Nämndmål", "Aktivitet", "Slutdatum 2020", "Status", "Kommentar"];

function ok(result: StructureResult): Extract<StructureResult, { ok: true }> {
  if (!result.ok) throw new Error(result.message);
  return result;
}

function structure(grid: Grid) {
  const result = ok(structureGrid(grid, options));
  expect(accountCells(grid, result)).toEqual([]);
  return result;
}

describe("the header block", () => {
  it("reads labelled cells side by side, as the standard template writes them", () => {
    const grid = gridFromText("Blad1", [
      ["Uppföljning av verksamhetsplanens aktiviteter"],
      ["Förvaltning", "Kultur- och fritidsförvaltningen", "År", "2020"],
      ["Nämnd", "Kultur- och fritidsnämnden", "Period", "Delår per 31 augusti"],
      ["Kontaktperson", "Anna Andersson", "Avstämningsdatum", null],
      HEADER,
      ["Mål", "Aktivitet A", "Kvartal 2", "Genomfört", null],
    ]);
    const { report } = structure(grid);
    expect(report).toMatchObject({
      organisation: "Kultur- och fritidsförvaltningen",
      board: "Kultur- och fritidsnämnden",
      year: 2020,
      period: "delar",
      cutoff: "2020-08-31",
      contact: "Anna Andersson",
      profile: "standard",
      headerRow: 5,
    });
  });

  it("reads förvaltning, nämnd, year and 'per den 31 augusti' from title text", () => {
    const grid = gridFromText("Blad1", [
      ["Kultur- och fritidsnämnden"],
      ["Uppföljning för Kultur- och fritidsförvaltningen"],
      ["Uppföljningen har fokus på om aktiviteterna är genomförda eller inte per den 31 augusti."],
      HEADER,
      ["Mål", "Aktivitet A", "Kvartal 2", "Genomfört", null],
    ]);
    const { report, notes } = structure(grid);
    expect(report).toMatchObject({ organisation: "Kultur- och fritidsförvaltningen", board: "Kultur- och fritidsnämnden", period: "delar" });
    // No year in the titles: the due header "Slutdatum 2020" dates the report.
    expect(report.year).toBe(2020);
    expect(report.cutoff).toBe("2020-08-31");
    expect(report.activities[0]!.due.end).toBe("2020-06-30");
    expect(notes.filter((n) => n.kind === "title").map((n) => n.row)).toEqual([1, 2, 3]);
  });

  it("reads 'Delårsrapport per den 31 augusti 2018' as period, year and cut-off", () => {
    const grid = gridFromText("Blad1", [["Delårsrapport per den 31 augusti 2018"], ["Prioriterade aktiviteter", "Utfall"], ["Översyn av reglemente", "Genomfört"]]);
    expect(structure(grid).report).toMatchObject({ year: 2018, period: "delar", cutoff: "2018-08-31" });
  });
});

describe("perspective, area and common-goal rows", () => {
  it("sets the perspective from a perspective row and resets the goal", () => {
    const grid = gridFromText("Blad1", [
      ["Samhälle"],
      HEADER,
      ["Mål 1", "Aktivitet A", "Kvartal 2", "Genomfört", null],
      ["Medborgare/kund"],
      HEADER,
      [null, "Aktivitet B", "Kvartal 3", "Pågående", null],
    ]);
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.activity, a.perspective, a.goal])).toEqual([
      ["Aktivitet A", "Samhälle", "Mål 1"],
      ["Aktivitet B", "Medborgare", null],
    ]);
  });

  it("keeps an unknown area name (KS 2018) as the perspective, with a note", () => {
    const grid = gridFromText("Blad1", [
      ["Administration"],
      ["Prioriterade aktiviteter", "Utfall"],
      ["Utveckling av e-learning", "Pågår – Medarbetarintroduktionen genomförts via e-learning."],
      [],
      ["Näringsliv"],
      ["Prioriterade aktiviteter", "Utfall"],
      ["Nämndspecifika uppdrag", null],
      ["Följa upp insiktsmätningar", "Pågår"],
      ["Övriga aktiviteter", null],
      ["Ökad kraft i implementering", "Pågår"],
    ]);
    const { report, notes } = structure(grid);
    expect(report.activities.map((a) => [a.id, a.perspective, a.assignmentRefs])).toEqual([
      ["r3", "Administration", []],
      ["r8", "Näringsliv", [{ scope: "namndspecifikt", number: null }]],
      ["r10", "Näringsliv", []],
    ]);
    expect(notes).toContainEqual(expect.objectContaining({ kind: "perspective-unknown", cell: "A5" }));
  });

  it("reads 'Kommunövergripande mål: …' rows into the common goal", () => {
    const grid = gridFromText("Blad1", [
      ["Medborgare"],
      ["Kommunövergripande mål: Lättillgänglig, god och jämlik vård"],
      ["Nämndmål", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar"],
      ["En god och nära vård", "Aktivitet A", "Q3", "Direktör", "Klart", null],
      ["Kommunövergripande mål:"],
      ["Nämndmål", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar"],
      [null, "Aktivitet B", "Q4", null, "Klart", null],
    ]);
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.commonGoal, a.goal, a.responsible])).toEqual([
      ["Lättillgänglig, god och jämlik vård", "En god och nära vård", "Direktör"],
      [null, null, null],
    ]);
  });
});

describe("goals filled down", () => {
  it("over a merged goal cell and over blanks below it, until the next goal", () => {
    const grid = gridFromText(
      "Blad1",
      [
        HEADER,
        ["Mål A\nMed mångfasetterat avses …", "A1", "Kvartal 1", "Genomfört", null],
        [null, "A2", "Kvartal 2", "Genomfört", null],
        [null, "A3", "Kvartal 3", "Pågående", null],
        [null, "A4", "Kvartal 4", "Pågående", null],
        ["Mål B", "B1", "Kvartal 4", "Kvarstår", "Försenat"],
      ],
      [{ top: 2, left: 1, bottom: 3, right: 1 }],
    );
    const { report } = structure(grid);
    expect(report.activities.map((a) => a.goal)).toEqual(["Mål A\nMed mångfasetterat avses …", "Mål A\nMed mångfasetterat avses …", "Mål A\nMed mångfasetterat avses …", "Mål A\nMed mångfasetterat avses …", "Mål B"]);
  });

  it("reads a status cell merged over two activities for both", () => {
    const grid = gridFromText(
      "Blad1",
      [HEADER, ["Mål", "A1", "Kvartal 4", "Pågående", "k1"], [null, "A2", null, null, "k2"]],
      [
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 4, bottom: 3, right: 4 },
      ],
    );
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.activity, a.due.value, a.status.category, a.comment])).toEqual([
      ["A1", 4, "ongoing", "k1"],
      ["A2", 4, "ongoing", "k2"],
    ]);
  });
});

describe("status and comment", () => {
  it("splits an Utfall cell into status and comment", () => {
    const grid = gridFromText("Blad1", [
      ["Prioriterade aktiviteter", "Utfall"],
      ["Inrättande av Kontaktcenter - projekt", "Pågår – Kontaktcenter startar april 2019"],
      ["Klusterstrategi", "Upphävt, nytt uppdrag givet kring utvecklingsmiljöer"],
      ["Gemensamt system", "Genomfört. Kommunen och kommunens bolag använder idag samma system."],
      ["Digital anslagstavla", "Genomfört"],
    ]);
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.status.category, a.status.label, a.comment])).toEqual([
      ["ongoing", "Pågående", "Kontaktcenter startar april 2019"],
      ["cancelled", "Ej genomfört", "nytt uppdrag givet kring utvecklingsmiljöer"],
      ["done", "Genomfört", "Kommunen och kommunens bolag använder idag samma system."],
      ["done", "Genomfört", null],
    ]);
  });

  it("appends a reason glued to the status to the comment column, so nothing is lost", () => {
    const grid = gridFromText("Blad1", [HEADER, ["Mål", "A", "Verksamhetsberättelse", "Kvarstår pga Coronapandemin", "Arbetet är försenat."]]);
    const activity = structure(grid).report.activities[0]!;
    expect(activity.status.category).toBe("delayed");
    expect(activity.comment).toBe("Arbetet är försenat.\npga Coronapandemin");
    expect(activity.due).toMatchObject({ kind: "report", value: "verksamhetsberattelse" });
  });

  it("notes a status only inferred from a sentence", () => {
    const grid = gridFromText("Blad1", [["Prioriterade aktiviteter", "Utfall"], ["Aktualitetsprövning", "Förberedelser pågår för uppstart i aug/sep."]]);
    const result = structure(grid);
    expect(result.report.activities[0]!.status).toMatchObject({ category: "ongoing", inferred: true });
    expect(result.stats.inferred).toBe(1);
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: "inferred", cell: "B2" }));
  });
});

describe("sub-activities and continuation rows", () => {
  it("links bullet rows with their own status to an activity followed up through them (VSS 2023)", () => {
    const grid = gridFromText("Blad1", [
      ["Förvaltningsmål", "Aktivitet", "Slutdatum", "Status", "Kommentar"],
      ["Nya vägar", "Samtliga nämnder ska minska personalomsättningen. Följande aktiviteter prioriteras 2023:", "December", null, null],
      [null, "• att implementera ny tillämpningsanvisning", null, "Klar", "Genomförd."],
      [null, "• att implementera en digital kompetensplattform", null, "Flyttas till 2024", "Skjuts fram."],
      [null, "Nästa aktivitet", "Maj", "Pågår", null],
    ]);
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.id, a.parentId, a.due.value, a.status.category])).toEqual([
      ["r2", null, 12, "missing"],
      ["r3", "r2", 12, "done"],
      ["r4", "r2", 12, "postponed"],
      ["r5", null, 5, "ongoing"],
    ]);
  });

  it("keeps bullet rows under an activity with its own status as siblings (ÄN 2024)", () => {
    const grid = gridFromText("Blad1", [
      ["Nämndmål", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar"],
      ["En god och nära vård", "Förvaltningschefens aktiviteter:\n● Aktivitet; Analys av folkhälsostatistik", "Q3", "Direktör", "Klart", null],
      [null, "● Aktivitet - Analys av förflyttningen mot en nära vård", "Q4", "Direktör", "Klart", null],
    ]);
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.id, a.parentId])).toEqual([
      ["r2", null],
      ["r3", null],
    ]);
    expect(report.activities[0]!.assignmentRefs).toEqual([{ scope: "forvaltningschef", number: null }]);
  });

  it("keeps a bullet line without status or due in the activity text above", () => {
    const grid = gridFromText("Blad1", [
      ["Nämndmål", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar"],
      ["Mål", "Nämndsuppdrag (1) Säkerställa en digital infrastruktur.", "Q4", "Biträdande direktör", "Klart", null],
      [null, "● Aktivitet Fortsätta införandet på våra särskilda boenden", null, null, null, null],
    ]);
    const { report } = structure(grid);
    expect(report.activities).toHaveLength(1);
    expect(report.activities[0]!.activity).toBe("Nämndsuppdrag (1) Säkerställa en digital infrastruktur.\n● Aktivitet Fortsätta införandet på våra särskilda boenden");
    expect(report.activities[0]!.source.rows).toEqual([2, 3]);
    expect(report.activities[0]!.assignmentRefs).toEqual([{ scope: "namndsuppdrag", number: 1 }]);
  });

  it("merges a comment continued after a page break into the activity above", () => {
    const grid = gridFromText("Blad1", [
      HEADER,
      ["Mål", "Vidareutveckla programverksamheten", "Kvartal 4", "Pågående", "Ny teknik har testats och an-"],
      HEADER,
      [null, null, null, null, "passat vid genomförande av livestreaming."],
      [null, "Utveckling av Digital kreativ verkstad", "Kvartal 3", "Pågående", "Inga avvikelser."],
    ]);
    const { report, stats } = structure(grid);
    expect(report.activities).toHaveLength(2);
    expect(report.activities[0]).toMatchObject({
      comment: "Ny teknik har testats och an-\npassat vid genomförande av livestreaming.",
      source: { sheet: "Blad1", row: 2, rows: [2, 4], file: "kof.xlsx" },
    });
    expect(report.activities[1]!.goal).toBe("Mål");
    expect(stats).toEqual({ rowsRead: 5, activities: 2, inferred: 0, unplaced: 0 });
  });

  it("continues an activity text that goes on in lower case after a page break", () => {
    const grid = gridFromText("Blad1", [
      HEADER,
      ["God ekonomisk kontroll", "Uppdrag till samtliga nämnder att säkerställa att det finns en uppföljnings-", null, "Kvarstår", "Försenat."],
      HEADER,
      [null, "plan i enlighet med Rutiner för inköp.", null, null, "Bedömningen är att detta inte genomförs."],
    ]);
    const { report } = structure(grid);
    expect(report.activities).toHaveLength(1);
    expect(report.activities[0]!.activity).toContain("uppföljnings-\nplan i enlighet");
    expect(report.activities[0]!.comment).toBe("Försenat.\nBedömningen är att detta inte genomförs.");
  });

  it("keeps an activity row without status as an activity with status missing", () => {
    const grid = gridFromText("Blad1", [["Prioriterade aktiviteter", "Utfall"], ["Utvecklad strategisk samverkan med Arbetsförmedlingen", "Pågår"], ["Utvecklade beställningar till andra nämnder/förvaltningar", null]]);
    const { report } = structure(grid);
    expect(report.activities.map((a) => [a.id, a.status.category])).toEqual([
      ["r2", "ongoing"],
      ["r3", "missing"],
    ]);
  });
});

describe("nothing is lost", () => {
  it("lists cells it cannot place, with address and reason", () => {
    const grid = gridFromText("Blad1", [
      ["Nämndmål", "Aktivitet", "Status", null],
      ["Mål", "Aktivitet A", "Klart", "en anteckning i en kolumn utan rubrik"],
      ["12"],
    ]);
    const result = structure(grid);
    expect(result.unplaced).toEqual([
      { cell: "D2", text: "en anteckning i en kolumn utan rubrik", reason: expect.stringContaining("ingen rubrik") },
      { cell: "A3", text: "12", reason: expect.stringContaining("sidnummer") },
    ]);
    expect(result.stats.unplaced).toBe(2);
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: "unplaced" }));
  });

  it("keeps a common goal or perspective on a row without activity for the rows below (property-test finds)", () => {
    const grid = gridFromText("Blad1", [
      ["Perspektiv", "Kommunövergripande mål", "Aktivitet", "Slutdatum", "Kommentar"],
      ["Ekonomi", null, null, null, null],
      [null, "Hållbar ekonomi", null, null, "Kvartal 1"],
      [null, null, "Införa digital signering", "Kvartal 2", null],
    ]);
    const result = structure(grid);
    expect(result.report.activities.map((a) => [a.id, a.perspective, a.commonGoal])).toEqual([["r4", "Ekonomi", "Hållbar ekonomi"]]);
    expect(result.unplaced).toEqual([{ cell: "E3", text: "Kvartal 1", reason: expect.stringContaining("saknar aktivitet") }]);
  });

  it("accountCells finds text the result dropped", () => {
    const grid = gridFromText("Blad1", [HEADER, ["Mål", "Aktivitet A", "Kvartal 2", "Genomfört", "En viktig kommentar"]]);
    const result = ok(structureGrid(grid, options));
    expect(accountCells(grid, result)).toEqual([]);
    result.report.activities[0]!.comment = null;
    expect(accountCells(grid, result)).toEqual([{ cell: "E2", text: "En viktig kommentar", why: expect.stringContaining("comment") }]);
  });

  it("reads values as a user sees them: numbers, dates and error values never crash", () => {
    const grid = gridFromText("Blad1", [HEADER, ["Mål", "A", null, "#N/A", null]]);
    grid.rows[1]![2] = { kind: "number", text: "2021", value: 2021 };
    grid.rows[1]![3] = { kind: "error", text: "#N/A", value: "#N/A" };
    grid.rows[1]![4] = { kind: "date", text: "2020-05-28", value: "2020-05-28", formula: "TODAY()" };
    const activity = structure(grid).report.activities[0]!;
    expect(activity.due).toMatchObject({ kind: "year", value: "2021" });
    expect(activity.status.category).toBe("ambiguous");
    expect(activity.comment).toBe("2020-05-28");
  });
});

describe("the document title above the table", () => {
  it.each([
    ["Socialförvaltningen – uppföljning av aktiviteter"],
    ["Uppföljning verksamhetsplan 2025"],
    ["Delårsrapport per 31 augusti"],
  ])("%s, the only line above the header, is the title and not every activity's perspective", (title) => {
    const grid = gridFromText("Blad1", [[title], [], ["Mål", "Aktivitet", "Klart senast", "Ansvarig", "Status", "Kommentar"], ["Trygg omsorg", "Utbildning", "Kvartal 2", "Eva", "Pågår", null]]);
    const { report, notes } = structure(grid);
    expect(report.activities[0]!.perspective).toBeNull();
    expect(notes.filter((note) => note.kind === "perspective-unknown")).toEqual([]);
  });

  it("still reads a short area title right above the table as the perspective", () => {
    const grid = gridFromText("Blad1", [["Socialförvaltningen – uppföljning 2025"], ["Äldreomsorg"], ["Mål", "Aktivitet", "Status"], ["Trygg omsorg", "Utbildning", "Pågår"]]);
    expect(structure(grid).report.activities[0]!.perspective).toBe("Äldreomsorg");
  });
});

describe("several sheets", () => {
  it("structures every sheet with a header and reads an Uppdrag sheet as the register", () => {
    const activities = gridFromText("Uppföljning", [HEADER, ["Mål", "Samtliga nämnder ska fortsätta arbetet (kommungemensamt strategiskt utvecklingsuppdrag 1).", "Kvartal 4", "Pågår", null]]);
    const register = gridFromText("Uppdrag", [["Kommungemensamma"], ["1. Samtliga nämnder ska fortsätta arbetet med kommunens totalförsvarsplanering."]]);
    const other = gridFromText("Diagram", [["Driftsammandrag"]]);
    const results = structureSheets([activities, register, other], options);
    expect(results).toHaveLength(1);
    const result = ok(results[0]!);
    expect(result.register).toEqual([expect.objectContaining({ number: 1, scope: "kommungemensamt" })]);
    expect(result.report.activities[0]!.assignmentRefs).toEqual([{ scope: "kommungemensamt", number: 1 }]);
  });

  it("reads a numbered list of strategiska utvecklingsuppdrag above the table as the register (ÄN 2024)", () => {
    const grid = gridFromText("Uppföljning", [
      ["Strategiska utvecklingsuppdrag"],
      ["Kommungemensamma"],
      ["1. Samtliga nämnder ska fortsätta arbetet med civil beredskap."],
      ["2. Samtliga nämnder ska vidta åtgärder mot segregation."],
      [],
      ["Nämndspecifika"],
      ["27. Äldrenämnden ska i samverkan med kommunstyrelsen underlätta för enskilda att bo kvar hemma."],
      [],
      ["Medborgare"],
      ["Nämndmål", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar"],
      ["God vård", "Strategiskt utvecklingsuppdrag (1) Bygga en krisledning", "Q2", "Direktör", "Klart", null],
    ]);
    const result = structure(grid);
    expect(result.register.map((e) => [e.number, e.scope])).toEqual([
      [1, "kommungemensamt"],
      [2, "kommungemensamt"],
      [27, "namndspecifikt"],
    ]);
    expect(result.report.activities[0]).toMatchObject({ perspective: "Medborgare", assignmentRefs: [{ scope: "unspecified", number: 1 }] });
  });

  it("explains every sheet when none has a header", () => {
    const results = structureSheets([gridFromText("A", [["x"]]), gridFromText("B", [["Mål", "Status"]])], options);
    expect(results.map((r) => [r.ok, r.ok ? null : r.sheet])).toEqual([
      [false, "A"],
      [false, "B"],
    ]);
  });
});

describe("status parses shared between sheets", () => {
  // The parse of a status text is kept per profile across sheets and files (context.ts): each
  // activity must still get a status of its own, equal to what a first parse gives.
  const sheet = (name: string) =>
    gridFromText(name, [HEADER, ["Mål", `Aktivitet ${name}`, "Kvartal 2", "Klart", null]]);

  it("gives every activity its own status object, equal across sheets", () => {
    const first = structure(sheet("Första")).report.activities[0]!;
    first.status.label = "ändrad efteråt";
    const second = structure(sheet("Andra")).report.activities[0]!;
    expect(second.status).toEqual({ raw: "Klart", category: "done", label: "Genomfört", inferred: false });
    expect(second.status).not.toBe(first.status);
  });
});
