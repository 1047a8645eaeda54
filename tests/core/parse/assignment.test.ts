import * as fs from "fs";
import * as path from "path";
import {
  formatAssignmentRef,
  formatAssignmentRefs,
  parseAssignmentRefs,
  parseRegisterList,
} from "../../../src/core/parse";
import type { AssignmentRef } from "../../../src/core/model";

const ref = (scope: AssignmentRef["scope"], number: number | null = null): AssignmentRef => ({
  scope,
  number,
});

interface RefCase {
  source: string;
  text: string;
  refs: AssignmentRef[];
}

const REF_CASES: RefCase[] = [
  // SPEC §3
  {
    source: "SPEC §3",
    text: "(kommungemensamt strategiskt utvecklingsuppdrag 1)",
    refs: [ref("kommungemensamt", 1)],
  },
  {
    source: "SPEC §3",
    text: "Strategiskt utvecklingsuppdrag (13)",
    refs: [ref("unspecified", 13)],
  },
  {
    source: "SPEC §3",
    text: "Kommunövergripande strategiskt uppdrag 43",
    refs: [ref("kommungemensamt", 43)],
  },
  {
    source: "SPEC §3",
    text: "Strategiskt kommungemensamt uppdrag nr 42",
    refs: [ref("kommungemensamt", 42)],
  },
  {
    source: "SPEC §3",
    text: "(nämndspecifikt strategiskt utvecklingsuppdrag)",
    refs: [ref("namndspecifikt")],
  },
  { source: "SPEC §3", text: "Nämndsuppdrag", refs: [ref("namndsuppdrag")] },
  { source: "SPEC §3", text: "Förvaltningschefens aktiviteter", refs: [ref("forvaltningschef")] },

  // kof-2020-delar.txt: hyphenated across lines
  {
    source: "kof-2020-delar",
    text: "Genomföra en översyn av museer och andra \nberörda verksamheter för att stärka berättelsen \nom Linköpings historia (nämndspecifikt stra-\ntegiskt utvecklingsuppdrag) ",
    refs: [ref("namndspecifikt")],
  },
  {
    source: "kof-2020-delar",
    text: "självfinansieringsgraden \n(nämndspecifikt strategiskt utvecklingsupp-\ndrag). ",
    refs: [ref("namndspecifikt")],
  },
  {
    source: "kof-2020-delar",
    text: "närmare barnen (nämndspecifikt strategiskt ut-\nvecklingsuppdrag). (komplettering vid kom-\nmunfullmäktigessammanträde den 28 maj \n2019). ",
    refs: [ref("namndspecifikt")],
  },
  {
    source: "kof-2020-delar",
    text: "följningsplanen efterlevs. (kommunövergri-\npande strategiskt utvecklingsuppdrag) ",
    refs: [ref("kommungemensamt")],
  },
  {
    source: "kof-2020-delar",
    text: "vidta ytterligare åtgärder för att minska sjuk-\nfrånvaro och personalomsättning. (kommunö-\nvergripande strategiskt utvecklingsuppdrag). ",
    refs: [ref("kommungemensamt")],
  },
  {
    source: "kof-2020-delar",
    text: "- Färdigställa barn- och ungdomsstrategin \n(se strategiskt utvecklingsuppdrag 2019) ",
    refs: [ref("unspecified")],
  },
  // "(kommunövergripande)" alone is not an assignment
  {
    source: "kof-2020-delar",
    text: "Implementering av nytt rehabsystem Adato \n(kommunövergripande) för uppföljning",
    refs: [],
  },
  {
    source: "kof-2020-delar",
    text: "utifrån Kommunikationsstabens kommunöver-\ngripande arbete.",
    refs: [],
  },

  // bun-2020-helar.txt: the receiver gives the scope; "(budget 2020 …)" is not a number
  {
    source: "bun-2020-helar",
    text: "Uppdrag till samtliga nämnder och \nbolag att verka för en omställning \ntill cirkulär ekonomi \n\nStrategiskt utvecklingsuppdrag \n(budget 2020 med plan 2021-\n2023). ",
    refs: [ref("kommungemensamt")],
  },
  {
    source: "bun-2020-helar",
    text: "Uppdrag till barn- och ungdomsnämnden att utreda behovet \noch möjligheteten att ge barnomsorg på obekväm arbetstid. \n\nStrategiskt utvecklingsuppdrag (budget 2020 med plan 2021-\n2023) ",
    refs: [ref("namndspecifikt")],
  },
  {
    source: "bun-2020-helar",
    text: "Strategiskt utvecklingsuppdrag (budget \n2020 med plan 2021-2023) ",
    refs: [ref("unspecified")],
  },

  // an-2024-delar.txt
  {
    source: "an-2024-delar",
    text: "Strategiskt utvecklingsuppdrag (13) \nSäkerställa att medarbetare har nödvändiga",
    refs: [ref("unspecified", 13)],
  },
  {
    source: "an-2024-delar",
    text: "Strategiskt uppdrag (16) Ta fram förslag på \nhur Linköpings kommun kan bli en mer",
    refs: [ref("unspecified", 16)],
  },
  {
    source: "an-2024-delar",
    text: "Strategiskt utvecklingsuppdrag (7), Ställa \nsysselsättningskrav i upphandlingar",
    refs: [ref("unspecified", 7)],
  },
  {
    source: "an-2024-delar",
    text: "Nämndsuppdrag (1) Säkerställa att det finns \nen digital infrastruktur",
    refs: [ref("namndsuppdrag", 1)],
  },
  {
    source: "an-2024-delar",
    text: "Nämndsuppdrag - utreda förutsättningarna \nför att använda utbildningstjänster",
    refs: [ref("namndsuppdrag")],
  },
  {
    source: "an-2024-delar",
    text: "Nämndsuppdrag  29 Nämnden ska på \nsikt införa undersköterska",
    refs: [ref("namndsuppdrag", 29)],
  },
  {
    source: "an-2024-delar",
    text: "Nämndsuppdrag  nr 46 - Äldrenämnden \nska stärka äldreomsorgens hälso- och",
    refs: [ref("namndsuppdrag", 46)],
  },
  {
    source: "an-2024-delar",
    text: "Förvaltningschefens aktiviteter:  \n● Aktivitet; Analys av folkhälsostatistik",
    refs: [ref("forvaltningschef")],
  },
  {
    source: "an-2024-delar",
    text: " ● Förvaltningschefens aktiviteter - \nRevidering av riktlinjer FAS2 ",
    refs: [ref("forvaltningschef")],
  },
  {
    source: "an-2024-delar",
    text: "Strategiskt kommungemensamt uppdrag nr \n42 -  Samtliga nämnder ska utifrån perspektivet",
    refs: [ref("kommungemensamt", 42)],
  },
  {
    source: "an-2024-delar",
    text: "Strategiskt kommungemensamt uppdrag nr \n42- Minska chefers administration",
    refs: [ref("kommungemensamt", 42)],
  },
  {
    source: "an-2024-delar",
    text: " Kommunövergripande strategiskt \nuppdrag 5,  \nSamtliga nämnder ska vidta",
    refs: [ref("kommungemensamt", 5)],
  },
  {
    source: "an-2024-delar",
    text: " Kommunövergripande strategiskt \nuppdrag 13 \n Arbetsmarknadsnämnden, \nkommunstyrelsen",
    refs: [ref("kommungemensamt", 13)],
  },
  {
    source: "an-2024-delar",
    text: " Kommunövergripande strategiskt \nuppdrag 44 - Utreda förutsättningar för",
    refs: [ref("kommungemensamt", 44)],
  },

  // vss-2023-delar.txt
  {
    source: "vss-2023-delar",
    text: "kommunens krigsorganisation \n(kommungemensamt strategiskt \nutvecklingsuppdrag 1). ",
    refs: [ref("kommungemensamt", 1)],
  },
  {
    source: "vss-2023-delar",
    text: "handlingsplan (kommungemensamt \nstrategiskt utvecklingsuppdrag 3).  ",
    refs: [ref("kommungemensamt", 3)],
  },
  {
    source: "vss-2023-delar",
    text: "personalomsättningen \n(kommungemensamt strategiskt \nutvecklingsuppdrag 10)  ",
    refs: [ref("kommungemensamt", 10)],
  },

  // ks-2018-delar.txt
  { source: "ks-2018-delar", text: "Nämndspecifika uppdrag", refs: [ref("namndspecifikt")] },
  {
    source: "ks-2018-delar",
    text: "Strategiska utvecklingsuppdrag - Personal",
    refs: [ref("unspecified")],
  },
  { source: "ks-2018-delar", text: "Uppdrag från KS", refs: [ref("namndsuppdrag")] },
  {
    source: "ks-2018-delar",
    text: "Klusterstrategi (uppdrag från KS till tidigare NuLink)",
    refs: [ref("namndsuppdrag")],
  },
  {
    source: "ks-2018-delar",
    text: "Kommunstyrelsen har i uppdrag att redovisa hur nämnden kommer att arbeta med digitalisering.",
    refs: [],
  },

  // several in one text, deduplicated, in order
  {
    source: "constructed",
    text: "Strategiskt kommungemensamt uppdrag nr 42 och (kommungemensamt strategiskt utvecklingsuppdrag 42), samt Nämndsuppdrag 2",
    refs: [ref("kommungemensamt", 42), ref("namndsuppdrag", 2)],
  },
  {
    source: "constructed",
    text: "kommungemensamt strategiskt utvecklingsuppdrag 2 och 3",
    refs: [ref("kommungemensamt", 2), ref("kommungemensamt", 3)],
  },
  { source: "constructed", text: "", refs: [] },
];

describe("parseAssignmentRefs: the phrasings of SPEC §3 and the seeds", () => {
  test.each(REF_CASES)("$source: $text", ({ text, refs }) => {
    expect(parseAssignmentRefs(text)).toEqual(refs);
  });

  test("null and undefined give no references", () => {
    expect(parseAssignmentRefs(null)).toEqual([]);
    expect(parseAssignmentRefs(undefined)).toEqual([]);
  });
});

describe("formatAssignmentRef: the Uppdrag column's text", () => {
  const all: AssignmentRef[] = [
    ref("kommungemensamt", 1),
    ref("kommungemensamt"),
    ref("namndspecifikt", 23),
    ref("namndspecifikt"),
    ref("namndsuppdrag", 46),
    ref("namndsuppdrag"),
    ref("forvaltningschef"),
    ref("unspecified", 13),
    ref("unspecified"),
  ];

  test("short readable Swedish forms", () => {
    expect(all.map(formatAssignmentRef)).toEqual([
      "Kommungemensamt 1",
      "Kommungemensamt",
      "Nämndspecifikt 23",
      "Nämndspecifikt",
      "Nämndsuppdrag 46",
      "Nämndsuppdrag",
      "Förvaltningschef",
      "Strategiskt uppdrag 13",
      "Strategiskt uppdrag",
    ]);
  });

  test.each(all)("parses back: %o", (original) => {
    expect(parseAssignmentRefs(formatAssignmentRef(original))).toEqual([original]);
  });

  test("a list in one cell parses back in order", () => {
    expect(parseAssignmentRefs(formatAssignmentRefs(all))).toEqual(all);
  });

  test("codes are read as whole items", () => {
    expect(parseAssignmentRefs("KG 1, NS 13")).toEqual([
      ref("kommungemensamt", 1),
      ref("namndspecifikt", 13),
    ]);
    expect(parseAssignmentRefs("Leveransen vägde 5 kg 1 gång")).toEqual([]);
  });

  test("the longest short forms are read too", () => {
    expect(parseAssignmentRefs("Kommunövergripande nr. 123; Förvaltningschefens")).toEqual([
      ref("kommungemensamt", 123),
      ref("forvaltningschef"),
    ]);
  });
});

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");

describe("parseRegisterList", () => {
  test("an-2024-delar: kommungemensamma, nämndspecifika with boards, nämndsuppdrag", () => {
    const entries = parseRegisterList(fixture("an-2024-register.txt"), 2024);
    const common = entries.filter((entry) => entry.scope === "kommungemensamt");
    expect(common.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 12, 13, 14, 38, 39, 42]);
    expect(common[0]).toEqual({
      number: 1,
      text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap (totalförsvarsplanering och kommunens krigsorganisation).",
      scope: "kommungemensamt",
      year: 2024,
      boards: [],
    });

    const specific = entries.filter((entry) => entry.scope === "namndspecifikt");
    expect(specific.map((entry) => entry.number)).toEqual([
      23,
      27,
      28,
      29,
      35,
      36,
      46,
      null,
      50,
      51,
      53,
      54,
      56,
      58,
      59,
    ]);
    const byNumber = (n: number) => specific.find((entry) => entry.number === n)!;
    expect(byNumber(23).boards).toEqual([
      "Barn- och ungdomsnämnden",
      "Social- och omsorgsnämnden",
      "Vård- och äldreomsorgsnämnden",
    ]);
    expect(byNumber(23).text).toMatch(
      /^Barn- och ungdomsnämnden, social- och omsorgsnämnden och vård- och äldreomsorgsnämnden ska/,
    );
    expect(byNumber(27).boards).toEqual(["Äldrenämnden"]);
    expect(byNumber(50).boards).toEqual(["Äldrenämnden"]);
    expect(byNumber(54).boards).toEqual(["Barn- och ungdomsnämnden", "Äldrenämnden"]);
    // notes under an entry stay in its text: nothing lost
    expect(byNumber(51).text).toMatch(/Kvarstår från budget 2023 med plan för 2024-2028$/);
    expect(byNumber(28).text).toMatch(
      /Uppdraget ska återrapporteras till kommunstyrelsen under 2024$/,
    );
    const unnumbered = specific.find((entry) => entry.number === null)!;
    expect(unnumbered.text).toMatch(/^vård- och äldreomsorgsnämnden får i uppdrag att planera/);
    expect(unnumbered.boards).toEqual(["Vård- och äldreomsorgsnämnden"]);

    const board = entries.filter((entry) => entry.scope === "namndsuppdrag");
    expect(board).toHaveLength(4);
    expect(board[0]!.text).toBe(
      "Vård- och omsorgsförvaltningen ska säkerställa att det finns en digital infrastruktur för att utveckla den digitala vården och för att den enskilda ska ha förutsättningar för internet, telefoni och tv.",
    );
    expect(board.every((entry) => entry.number === null && entry.boards.length === 0)).toBe(true);
    expect(entries.every((entry) => entry.year === 2024)).toBe(true);
  });

  test("vss-2023-delar: twelve kommungemensamma, the introduction skipped", () => {
    const entries = parseRegisterList(fixture("vss-2023-register.txt"), 2023);
    expect(entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(entries.every((entry) => entry.scope === "kommungemensamt")).toBe(true);
    expect(entries[11]!.text).toBe(
      "Samtliga nämnder får uppdraget att inhämta medarbetarnas perspektiv på sina arbetsmiljöer, utifrån målsättningen att minska sjuktal och utveckla arbetsmiljöerna i kommunen och med detta som grund komma med förslag på insatser som förbättrar arbetsmiljön. Uppdraget ska återrapporteras till kommunstyrelsen under 2023.",
    );
  });

  test("a numbered list without headings keeps scope unspecified; a null year is kept", () => {
    expect(
      parseRegisterList("1. Samtliga nämnder ska göra A.\n2. Samtliga nämnder ska göra B.", null),
    ).toEqual([
      {
        number: 1,
        text: "Samtliga nämnder ska göra A.",
        scope: "unspecified",
        year: null,
        boards: [],
      },
      {
        number: 2,
        text: "Samtliga nämnder ska göra B.",
        scope: "unspecified",
        year: null,
        boards: [],
      },
    ]);
    expect(parseRegisterList("", 2024)).toEqual([]);
  });
});
