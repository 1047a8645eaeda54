/**
 * Every distinct status and due string that occurs in the five seed reports (shared/seeds/*.txt),
 * collected by reading them, with the PDF line breaks and hyphenation as they appear there.
 * Cells where the PDF line shows status and comment together are listed as one cell too,
 * because that is how an "Utfall" column (ks-2018) or a merged cell holds them.
 */
import { parseDue, parseStatus } from "../../../src/core/parse";
import type { DueKind, StatusCategory } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";

interface StatusCase {
  seed: string;
  text: string;
  category: StatusCategory;
  /** Expected comment; undefined = not asserted beyond being non-null for inferred/ambiguous sentences. */
  comment?: string | null;
  inferred?: boolean;
}

const STATUS_CASES: StatusCase[] = [
  // bun-2020-helar.txt
  {
    seed: "bun-2020-helar",
    text: "Kvarstår \npga \nCoronapa\nndemin",
    category: "delayed",
    comment: "pga\nCoronapa\nndemin",
  },
  { seed: "bun-2020-helar", text: "Genomfört", category: "done", comment: null },
  { seed: "bun-2020-helar", text: "Genomfört \n  ", category: "done", comment: null },
  { seed: "bun-2020-helar", text: "Kvarstår", category: "delayed", comment: null },
  { seed: "bun-2020-helar", text: "Ej \ngenomfört", category: "cancelled", comment: null },
  { seed: "bun-2020-helar", text: "Genom-\nfört", category: "done", comment: null },
  { seed: "bun-2020-helar", text: "Pågående", category: "ongoing", comment: null },
  { seed: "bun-2020-helar", text: "Pågår", category: "ongoing", comment: null },
  { seed: "bun-2020-helar", text: " Pågår ", category: "ongoing", comment: null },
  { seed: "bun-2020-helar", text: "Ej aktuellt", category: "not_applicable", comment: null },
  // bun-2020-helar.txt, status and comment on one PDF line
  {
    seed: "bun-2020-helar",
    text: "Ej aktuellt Ej aktuellt",
    category: "not_applicable",
    comment: "Ej aktuellt",
  },
  {
    seed: "bun-2020-helar",
    text: "Genomfört Uppföljning \nsker 2 \ngånger/år av \nelevhälsochef",
    category: "done",
    comment: "Uppföljning\nsker 2\ngånger/år av\nelevhälsochef",
  },
  {
    seed: "bun-2020-helar",
    text: "Kvarstår Försenad på \ngrund av \nCoronapande\nmin.",
    category: "delayed",
    comment: "Försenad på\ngrund av\nCoronapande\nmin.",
  },
  {
    seed: "bun-2020-helar",
    text: "Pågående Modell framtagen, pga \nCovid är start uppskjuten \ntill 2021",
    category: "ongoing",
    comment: "Modell framtagen, pga\nCovid är start uppskjuten\ntill 2021",
  },
  {
    seed: "bun-2020-helar",
    text: "Kvarstår  Pilot pågår \noch under \n2021 kommer",
    category: "delayed",
    comment: "Pilot pågår\noch under\n2021 kommer",
  },

  // kof-2020-delar.txt
  { seed: "kof-2020-delar", text: "Genom-\nfört", category: "done", comment: null },
  { seed: "kof-2020-delar", text: "Genom-\nfört  ", category: "done", comment: null },
  { seed: "kof-2020-delar", text: "Pågående", category: "ongoing", comment: null },
  { seed: "kof-2020-delar", text: "Kvarstår", category: "delayed", comment: null },
  {
    seed: "kof-2020-delar",
    text: "Pågående \noch ge-\nnomfört",
    category: "ambiguous",
    comment: null,
  },

  // an-2024-delar.txt
  { seed: "an-2024-delar", text: "Klart", category: "done", comment: null },
  { seed: "an-2024-delar", text: "Klart  ", category: "done", comment: null },
  { seed: "an-2024-delar", text: "klart", category: "done", comment: null },
  { seed: "an-2024-delar", text: "Pågår", category: "ongoing", comment: null },
  {
    seed: "an-2024-delar",
    text: "Pågår målet är att teckna \navtal under vår 25",
    category: "ongoing",
    comment: "målet är att teckna\navtal under vår 25",
  },

  // vss-2023-delar.txt
  { seed: "vss-2023-delar", text: "Pågår", category: "ongoing", comment: null },
  { seed: "vss-2023-delar", text: "Genomförs \nej", category: "cancelled", comment: null },
  { seed: "vss-2023-delar", text: "Pågående", category: "ongoing", comment: null },
  { seed: "vss-2023-delar", text: "Avslutad", category: "done", comment: null },
  { seed: "vss-2023-delar", text: "Ej startad", category: "not_started", comment: null },
  { seed: "vss-2023-delar", text: "Klar", category: "done", comment: null },
  { seed: "vss-2023-delar", text: "Flyttas \ntill \n2024", category: "postponed", comment: null },
  // one cell with the statuses of three sub-activities
  {
    seed: "vss-2023-delar",
    text: "Klar \n \n \n \n \n \nKlar \n \n \n \n \n \n \n \n \n \n \n \nFlyttas \ntill \n2024",
    category: "ambiguous",
    comment: null,
  },

  // ks-2018-delar.txt: the "Utfall" column holds status and comment together
  {
    seed: "ks-2018-delar",
    text: "Genomfört – En kommungemensam modell för mål- \noch verksamhetsstyrning har tagits farm och antagits \nav kommunfullmäktige. ",
    category: "done",
    comment:
      "En kommungemensam modell för mål-\noch verksamhetsstyrning har tagits farm och antagits\nav kommunfullmäktige.",
  },
  {
    seed: "ks-2018-delar",
    text: "Genomfört – beslutat av kommunfullmäktige",
    category: "done",
    comment: "beslutat av kommunfullmäktige",
  },
  {
    seed: "ks-2018-delar",
    text: "Genomfört – implementering i samband med nytt \nreglemente 2019",
    category: "done",
    comment: "implementering i samband med nytt\nreglemente 2019",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – utredningar genomförs som underlag för stärkt \nsamverkan",
    category: "ongoing",
    comment: "utredningar genomförs som underlag för stärkt\nsamverkan",
  },
  { seed: "ks-2018-delar", text: "Genomfört", category: "done", comment: null },
  {
    seed: "ks-2018-delar",
    text: "Pågår – Kontaktcenter startar april 2019",
    category: "ongoing",
    comment: "Kontaktcenter startar april 2019",
  },
  { seed: "ks-2018-delar", text: "Pågår", category: "ongoing", comment: null },
  {
    seed: "ks-2018-delar",
    text: "Pågår – En e-tjänst har tagits fram (beställningar till \nreception/vaktmästeri) som nu ska testas. ",
    category: "ongoing",
    comment:
      "En e-tjänst har tagits fram (beställningar till\nreception/vaktmästeri) som nu ska testas.",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – Medarbetarintroduktionen genomförts via e-\nlearning. ",
    category: "ongoing",
    comment: "Medarbetarintroduktionen genomförts via e-\nlearning.",
  },
  { seed: "ks-2018-delar", text: "Löpande", category: "ongoing", comment: null },
  {
    seed: "ks-2018-delar",
    text: "Pågår löpande, utvärdering kommer att ske efter \nsommaren.",
    category: "ongoing",
    comment: "utvärdering kommer att ske efter\nsommaren.",
  },
  {
    seed: "ks-2018-delar",
    text: "Förberedelser pågår för uppstart i aug/sep inför \nkommande mandatperioden.",
    category: "ongoing",
    inferred: true,
  },
  {
    seed: "ks-2018-delar",
    text: "Tidigt samråd genomfört, tidplanen har efter det \nförskjutits för att möta statens planering för Ostlänken",
    category: "ambiguous",
  },
  {
    seed: "ks-2018-delar",
    text: "Utställning för tillägget Linköpings mötesplatser är \ngenomförd, arbete med framtagande av \nantagandehandling pågår. Trafikplan förskjuten för att \nmöta statens planering av Ostlänken. \nArkitekturprogram antaget i december 2017.",
    category: "ambiguous",
  },
  {
    seed: "ks-2018-delar",
    text: "Utställning pågår till och med 30 september.",
    category: "ongoing",
    inferred: true,
  },
  {
    seed: "ks-2018-delar",
    text: "Slutarbete med utställningshandling pågår, beslut om \nutställning planeras i oktober. ",
    category: "ongoing",
    inferred: true,
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår enligt plan.",
    category: "ongoing",
    comment: "enligt plan.",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – Nöjd Kund Index (NKI) genomförs i alla \nområden. Resultatet visar att Linköping förbättrar sin \nposition. ",
    category: "ongoing",
    comment:
      "Nöjd Kund Index (NKI) genomförs i alla\nområden. Resultatet visar att Linköping förbättrar sin\nposition.",
  },
  {
    seed: "ks-2018-delar",
    text: "Upphävt, nytt uppdrag givet kring utvecklingsmiljöer",
    category: "cancelled",
    comment: "nytt uppdrag givet kring utvecklingsmiljöer",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – förslag utarbetas till hösten 2018",
    category: "ongoing",
    comment: "förslag utarbetas till hösten 2018",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – KF har beslutat om nytt uppdrag för \nLejonfastigheter som nu ska implementeras",
    category: "ongoing",
    comment: "KF har beslutat om nytt uppdrag för\nLejonfastigheter som nu ska implementeras",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår, Budget 2019 med plan för 2020-2022 \ngenomförs enligt ny modell",
    category: "ongoing",
    comment: "Budget 2019 med plan för 2020-2022\ngenomförs enligt ny modell",
  },
  {
    seed: "ks-2018-delar",
    text: "Genomfört. Kommunen och kommunens bolag \nanvänder idag samma system. ",
    category: "done",
    comment: "Kommunen och kommunens bolag\nanvänder idag samma system.",
  },
  { seed: "ks-2018-delar", text: "Förberedelsearbete pågår.", category: "ongoing", inferred: true },
  { seed: "ks-2018-delar", text: "Pågår ", category: "ongoing", comment: null },
  { seed: "ks-2018-delar", text: "Genomfört ", category: "done", comment: null },
  {
    seed: "ks-2018-delar",
    text: "Avvaktar platsvarumärkesarbete innan beslut om \nfortsatt kampanj tas.",
    category: "postponed",
    comment: "platsvarumärkesarbete innan beslut om\nfortsatt kampanj tas.",
  },
  {
    seed: "ks-2018-delar",
    text: "Genomfört. Linköping utsågs till Årets stadskärna \n2018.",
    category: "done",
    comment: "Linköping utsågs till Årets stadskärna\n2018.",
  },
  {
    seed: "ks-2018-delar",
    text: "Förstudie framtagen",
    category: "ambiguous",
    comment: "Förstudie framtagen",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – En handlingsplan för kommunkoncern bereds \ntill kommunstyrelsens i oktober 2018. ",
    category: "ongoing",
    comment: "En handlingsplan för kommunkoncern bereds\ntill kommunstyrelsens i oktober 2018.",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – Kemikalieprogram, Hållbarhetspolicy, \nHandlingsplan för kommunkoncernen för \n koldioxidneutralitet är framtagna och beslut har fattats \nkring jämställdhet. Implementeringsarbete pågår. ",
    category: "ongoing",
    comment:
      "Kemikalieprogram, Hållbarhetspolicy,\nHandlingsplan för kommunkoncernen för\nkoldioxidneutralitet är framtagna och beslut har fattats\nkring jämställdhet. Implementeringsarbete pågår.",
  },
  {
    seed: "ks-2018-delar",
    text: "Arbetet har förskjutits på grund av ansökan om \nstatsbidrag för att motverka segregation. ",
    category: "postponed",
    inferred: true,
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – I april tecknades en överenskommelse och \nföretagen arbetar enligt plan. ",
    category: "ongoing",
    comment: "I april tecknades en överenskommelse och\nföretagen arbetar enligt plan.",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – kontinuerligt arbete",
    category: "ongoing",
    comment: "kontinuerligt arbete",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – genomförs hösten 2018",
    category: "ongoing",
    comment: "genomförs hösten 2018",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår – särskilt arbete genomförs mot vård- och \nomsorgspersonal, stödassistenter och stödpedagoger, \nlärarlyft samt vidareutbildning av barnskötare.",
    category: "ongoing",
    comment:
      "särskilt arbete genomförs mot vård- och\nomsorgspersonal, stödassistenter och stödpedagoger,\nlärarlyft samt vidareutbildning av barnskötare.",
  },
  {
    seed: "ks-2018-delar",
    text: "Pågår - Fas 1 genomförs hösten 2018 ",
    category: "ongoing",
    comment: "Fas 1 genomförs hösten 2018",
  },
  {
    seed: "ks-2018-delar",
    text: "Genomfört - redovisas i årsredovisning, nu redovisas \n2017",
    category: "done",
    comment: "redovisas i årsredovisning, nu redovisas\n2017",
  },
  {
    seed: "ks-2018-delar",
    text: "Genomfört - Utsikt erbjuder fiber på landsbygd",
    category: "done",
    comment: "Utsikt erbjuder fiber på landsbygd",
  },
  // "Utvecklade beställningar till andra nämnder/förvaltningar" has no Utfall at all
  { seed: "ks-2018-delar", text: "", category: "missing", comment: null },
];

describe("every status string of the seeds", () => {
  test.each(STATUS_CASES)("$seed: $text → $category", ({ text, category, comment, inferred }) => {
    const parsed = parseStatus(text, standardProfile);
    expect(parsed.status.category).toBe(category);
    expect(parsed.status.raw).toBe(text.trim());
    expect(parsed.status.inferred).toBe(inferred ?? false);
    const label =
      standardProfile.statuses.find((entry) => entry.category === category)?.canonical ?? null;
    expect(parsed.status.label).toBe(label);
    if (comment !== undefined) expect(parsed.comment).toBe(comment);
    // An inferred or unreadable status keeps the whole sentence as the comment: nothing is lost.
    if (inferred || (category === "ambiguous" && comment === undefined)) {
      expect(parsed.comment?.replace(/\s+/g, " ")).toBe(text.trim().replace(/\s+/g, " "));
    }
  });
});

interface DueCase {
  seed: string;
  text: string;
  year: number;
  kind: DueKind;
  value: number | string | null;
  end: string | null;
}

const DUE_CASES: DueCase[] = [
  // bun-2020-helar.txt (Slutdatum 2020)
  {
    seed: "bun-2020-helar",
    text: "Verksamhets-\nberättelse",
    year: 2020,
    kind: "report",
    value: "verksamhetsberattelse",
    end: "2020-12-31",
  },
  {
    seed: "bun-2020-helar",
    text: "Verksamhetsberättelse",
    year: 2020,
    kind: "report",
    value: "verksamhetsberattelse",
    end: "2020-12-31",
  },
  {
    seed: "bun-2020-helar",
    text: "Delrapport 2",
    year: 2020,
    kind: "report",
    value: "delrapport2",
    end: "2020-08-31",
  },
  {
    seed: "bun-2020-helar",
    text: "Delrapport 1",
    year: 2020,
    kind: "report",
    value: "delrapport1",
    end: "2020-04-30",
  },

  // kof-2020-delar.txt (Slutdatum 2020)
  {
    seed: "kof-2020-delar",
    text: "Kvartal 1",
    year: 2020,
    kind: "quarter",
    value: 1,
    end: "2020-03-31",
  },
  {
    seed: "kof-2020-delar",
    text: "Kvartal 2",
    year: 2020,
    kind: "quarter",
    value: 2,
    end: "2020-06-30",
  },
  {
    seed: "kof-2020-delar",
    text: "Kvartal 3",
    year: 2020,
    kind: "quarter",
    value: 3,
    end: "2020-09-30",
  },
  {
    seed: "kof-2020-delar",
    text: "Kvartal 4",
    year: 2020,
    kind: "quarter",
    value: 4,
    end: "2020-12-31",
  },
  {
    seed: "kof-2020-delar",
    text: "Kvartal 4 \n(se även \nför priori-\nterade ak-\ntiviteter)",
    year: 2020,
    kind: "quarter",
    value: 4,
    end: "2020-12-31",
  },
  // the PDF cut the word: the text is kept as the reference
  {
    seed: "kof-2020-delar",
    text: "Se ob-\njektspla",
    year: 2020,
    kind: "reference",
    value: "Se objektspla",
    end: null,
  },
  {
    seed: "kof-2020-delar",
    text: "Se ob-\njektsplan",
    year: 2020,
    kind: "reference",
    value: "Se objektsplan",
    end: null,
  },
  { seed: "kof-2020-delar", text: "", year: 2020, kind: "none", value: null, end: null },
  // dues written inside activity text ("… som ska vara klar Tertial 2, 2020", "… Kvartal 1 (etapp 1)")
  {
    seed: "kof-2020-delar",
    text: "Tertial 2, 2020",
    year: 2020,
    kind: "tertial",
    value: 2,
    end: "2020-08-31",
  },
  {
    seed: "kof-2020-delar",
    text: "Kvartal 1 (etapp \n1)",
    year: 2020,
    kind: "quarter",
    value: 1,
    end: "2020-03-31",
  },

  // an-2024-delar.txt (Slutfört)
  { seed: "an-2024-delar", text: "Q1", year: 2024, kind: "quarter", value: 1, end: "2024-03-31" },
  { seed: "an-2024-delar", text: "Q2", year: 2024, kind: "quarter", value: 2, end: "2024-06-30" },
  { seed: "an-2024-delar", text: "Q3", year: 2024, kind: "quarter", value: 3, end: "2024-09-30" },
  { seed: "an-2024-delar", text: "Q4", year: 2024, kind: "quarter", value: 4, end: "2024-12-31" },
  {
    seed: "an-2024-delar",
    text: " Q4 \n \n \n ",
    year: 2024,
    kind: "quarter",
    value: 4,
    end: "2024-12-31",
  },
  {
    seed: "an-2024-delar",
    text: "2025/2026",
    year: 2024,
    kind: "year",
    value: "2025/2026",
    end: "2026-12-31",
  },
  // two sub-activities in one cell: due when the last one is
  {
    seed: "an-2024-delar",
    text: "Q3 \n \n \n \n \nQ4",
    year: 2024,
    kind: "quarter",
    value: 4,
    end: "2024-12-31",
  },

  // vss-2023-delar.txt (Slutdatum)
  {
    seed: "vss-2023-delar",
    text: "December",
    year: 2023,
    kind: "month",
    value: 12,
    end: "2023-12-31",
  },
  { seed: "vss-2023-delar", text: "Maj", year: 2023, kind: "month", value: 5, end: "2023-05-31" },
  {
    seed: "vss-2023-delar",
    text: "Augusti",
    year: 2023,
    kind: "month",
    value: 8,
    end: "2023-08-31",
  },
  // ks-2018-delar.txt has no due column ("Prioriterade aktiviteter / Utfall").
];

describe("every due string of the seeds", () => {
  test.each(DUE_CASES)("$seed: $text → $kind $value", ({ text, year, kind, value, end }) => {
    const due = parseDue(text, year, standardProfile);
    expect(due).toEqual({ raw: text.trim(), kind, value, end });
  });
});
