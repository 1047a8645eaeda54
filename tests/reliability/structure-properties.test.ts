/**
 * Property tests for structuring (SPEC §5, issue 9) over random grids: the engine never throws,
 * every non-empty cell is accounted for (accountCells finds nothing lost), the result is
 * well-formed, and there are never more activities than non-empty rows.
 *
 * The grids are meant to reach the engine's paths, not only its "no header" exit: most have a
 * header row built from the real column names (random order, case, hyphenation, years), title
 * and header-block rows above it, and below it a mix of activity rows with real status and due
 * words, perspective and "Kommunövergripande mål:" rows, repeated headers, sub-activity bullets,
 * continuation rows, merged cells, long and multi-line texts, control characters, emoji and RTL
 * text, numbers, dates, errors and formulas.
 */
import fc from "fast-check";
import { textCell, type Cell, type Grid, type MergedArea } from "../../src/core/grid";
import { standardProfile } from "../../src/core/profile/load";
import {
  accountCells,
  HEADER_NAMES,
  structureGrid,
  structureSheets,
  StructureResultSchema,
} from "../../src/core/structure";
import { ACTIVITY_FIELDS, type ActivityField } from "../../src/core/model";

const profile = standardProfile;
const NUM_RUNS = 250;

// ------------------------------------------------------------------ vocabulary from the product

const STATUS_WORDS = profile.statuses.flatMap((status) => status.synonyms);
const PERSPECTIVE_WORDS = profile.perspectives.flatMap((p) => [p.name, ...p.synonyms]);
const DUE_WORDS = [
  ...profile.due.allowedTerms,
  "2024-12-31",
  "31 december 2024",
  "Q3",
  "Kv 2",
  "Tertial 2",
  "December",
  "Löpande",
  "Vecka 48",
  "Hösten 2024",
  "Delårsrapport",
  "Helår",
  "2025",
];
const SENTENCES = [
  "Införa digital signering av journalanteckningar",
  "Arbetet pågår enligt plan men har försenats av upphandlingen.",
  "Genomfört och redovisat för nämnden i juni.",
  "Utreda behovet av fler förskoleplatser i östra kommundelen",
  "Uppdrag 3: Ta fram en plan för kompetensförsörjning",
  "Nämndspecifika uppdrag",
  "Övriga aktiviteter",
  "Prioriterade aktiviteter",
  "Uppdrag från KS",
];
const WEIRD = [
  "\u0000",
  "\u0001kontroll\u0007",
  "tab\there",
  "rad ett\r\nrad två",
  "\u000b\u000c",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200e\u200f",
  "\u202eevil\u202c",
  "\ufeff",
  "\u2028\u2029",
  "👩‍👩‍👧‍👦",
  "🇸🇪 ✅ ⚠️",
  "\u{1D54F}\u{1D566}",
  "تحسين الرعاية الصحية",
  "פרויקט דיגיטלי",
  "=SUMMA(A1:A3)",
  "#REF!",
  "   ",
  "-",
  "•",
  "1",
  "12",
];

// ------------------------------------------------------------------ cells


/** Spellings a förvaltning uses for a column name. */
const headerSpelling = (field: ActivityField): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...HEADER_NAMES[field]),
      fc.constantFrom("plain", "upper", "lower", "year", "hyphen", "colon", "spaces"),
    )
    .map(([name, how]) => {
      switch (how) {
        case "upper":
          return name.toUpperCase();
        case "lower":
          return name.toLowerCase();
        case "year":
          return `${name} 2024`;
        case "hyphen":
          return name.length > 4 ? `${name.slice(0, 4)}-\n${name.slice(4)}` : name;
        case "colon":
          return `${name}:`;
        case "spaces":
          return `  ${name.replace(/ /g, "  ")} `;
        default:
          return name;
      }
    });

const longText = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.integer({ min: 2, max: 400 }))
  .map(([s, n]) => `${s} `.repeat(n).trim());
const multiLine = fc
  .array(fc.constantFrom(...SENTENCES, ...STATUS_WORDS), { minLength: 2, maxLength: 5 })
  .map((lines) => lines.join("\n"));
const bullet = fc
  .tuple(fc.constantFrom("• ", "- ", "o ", "● ", "– ", "* "), fc.constantFrom(...SENTENCES))
  .map(([b, s]) => b + s);
const statusWithComment = fc
  .tuple(fc.constantFrom(...STATUS_WORDS), fc.constantFrom(...SENTENCES))
  .map(([s, c]) => `${s}\n${c}`);
const mixed = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WEIRD),
      fc.constantFrom(...STATUS_WORDS),
      fc.string({ maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(""));

const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...STATUS_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...DUE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PERSPECTIVE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ACTIVITY_FIELDS).chain(headerSpelling) },
  { weight: 1, arbitrary: longText },
  { weight: 1, arbitrary: multiLine },
  { weight: 1, arbitrary: bullet },
  { weight: 1, arbitrary: statusWithComment },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD) },
  { weight: 1, arbitrary: mixed },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

const anyCell: fc.Arbitrary<Cell | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: anyText.map(textCell) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -5, max: 50_000 })
      .map((n): Cell => ({ kind: "number", text: String(n), value: n })),
  },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date("2018-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
      .map((d): Cell => ({
        kind: "date",
        text: d.toISOString().slice(0, 10),
        value: d.toISOString().slice(0, 10),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!")
      .map((e): Cell => ({ kind: "error", text: e, value: e })),
  },
  {
    weight: 1,
    arbitrary: fc
      .boolean()
      .map((b): Cell => ({ kind: "boolean", text: b ? "SANT" : "FALSKT", value: b })),
  },
  {
    weight: 1,
    arbitrary: anyText.map((t): Cell => ({
      kind: "text",
      text: t,
      value: t,
      formula: `"${t.slice(0, 20)}"`,
    })),
  },
);

// ------------------------------------------------------------------ rows and grids

type Row = (Cell | null)[];

const randomRow = (width: number): fc.Arbitrary<Row> => fc.array(anyCell, { maxLength: width });

/** A header: the activity column and some others, in random order and spelling, maybe with gaps. */
const headerRow = fc
  .tuple(
    fc.shuffledSubarray(
      ACTIVITY_FIELDS.filter((f) => f !== "activity"),
      { minLength: 1, maxLength: 6 },
    ),
    fc.nat(),
    fc.nat({ max: 2 }),
  )
  .chain(([others, at, gap]) => {
    const fields: ActivityField[] = [...others];
    fields.splice(at % (fields.length + 1), 0, "activity");
    return fc.tuple(...fields.map(headerSpelling)).map((names) => {
      const row: Row = Array.from({ length: gap }, () => null);
      for (const name of names) row.push(textCell(name));
      return { row, width: row.length };
    });
  });

/** A body row that looks like an activity under a header of `width` columns. */
const activityRow = (width: number): fc.Arbitrary<Row> =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 3, arbitrary: fc.constantFrom(...SENTENCES).map(textCell) },
      { weight: 2, arbitrary: fc.constantFrom(...STATUS_WORDS).map(textCell) },
      { weight: 2, arbitrary: fc.constantFrom(...DUE_WORDS).map(textCell) },
      { weight: 1, arbitrary: statusWithComment.map(textCell) },
      { weight: 1, arbitrary: bullet.map(textCell) },
      { weight: 1, arbitrary: anyCell },
    ),
    { minLength: 1, maxLength: width + 1 },
  );

const singleCellRow = (text: fc.Arbitrary<string>, width: number): fc.Arbitrary<Row> =>
  fc.tuple(text, fc.nat({ max: Math.max(0, width - 1) })).map(([t, col]) => {
    const row: Row = Array.from({ length: col }, () => null);
    row.push(textCell(t));
    return row;
  });

const bodyRow = (width: number, header: Row): fc.Arbitrary<Row> =>
  fc.oneof(
    { weight: 10, arbitrary: activityRow(width) },
    { weight: 2, arbitrary: singleCellRow(fc.constantFrom(...PERSPECTIVE_WORDS), width) },
    {
      weight: 1,
      arbitrary: singleCellRow(
        fc.constantFrom(...SENTENCES).map((s) => `Kommunövergripande mål: ${s}`),
        width,
      ),
    },
    {
      weight: 1,
      arbitrary: singleCellRow(
        fc.constantFrom(
          "Nämndspecifika uppdrag",
          "Övriga aktiviteter",
          "Uppdrag från KS",
          "12",
          "3",
        ),
        width,
      ),
    },
    { weight: 1, arbitrary: fc.constant(header) },
    { weight: 2, arbitrary: fc.constant<Row>([]) },
    { weight: 2, arbitrary: randomRow(width + 2) },
  );

const metaRow = fc.oneof(
  fc
    .constantFrom("Förvaltning", "Nämnd", "År", "Period", "Uppföljningsdatum", "Kontaktperson")
    .chain((label) =>
      fc.tuple(fc.constant(label), anyText).map(([l, v]): Row => [textCell(l), textCell(v)]),
    ),
  singleCellRow(
    fc.constantFrom("Uppföljning av verksamhetsplanen 2024", "Delårsrapport 2024", "Bilaga 2"),
    3,
  ),
  fc.constant<Row>([]),
);

/** Merges that do not overlap, clipped to the grid; covered cells are emptied as adapters do. */
const withMerges = (rows: Row[]): fc.Arbitrary<Grid> => {
  const height = rows.length;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const merge = fc
    .tuple(
      fc.nat({ max: Math.max(0, height - 1) }),
      fc.nat({ max: width - 1 }),
      fc.nat({ max: 4 }),
      fc.nat({ max: 1 }),
    )
    .map(([r, c, down, across]): MergedArea => ({
      top: r + 1,
      left: c + 1,
      bottom: Math.min(height, r + 1 + down),
      right: Math.min(width, c + 1 + across),
    }));
  return fc.array(merge, { maxLength: height === 0 ? 0 : 4 }).map((candidates) => {
    const merges: MergedArea[] = [];
    for (const m of candidates) {
      if (m.top === m.bottom && m.left === m.right) continue;
      if (
        merges.some(
          (o) => m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right,
        )
      )
        continue;
      merges.push(m);
    }
    const copy = rows.map((row) => [...row]);
    for (const m of merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if ((r !== m.top || c !== m.left) && copy[r - 1] && c - 1 < copy[r - 1]!.length)
            copy[r - 1]![c - 1] = null;
    return { sheet: "Blad1", rows: copy, merges };
  });
};

/** A sheet as a förvaltning might fill one in: title rows, a header, a body. */
const reportLikeGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.array(metaRow, { maxLength: 5 }), headerRow)
  .chain(([above, { row: header, width }]) =>
    fc
      .array(bodyRow(width, header), { minLength: 0, maxLength: 30 })
      .map((body) => [...above, header, ...body]),
  )
  .chain(withMerges);

/** Anything at all. */
const randomGrid: fc.Arbitrary<Grid> = fc.array(randomRow(8), { maxLength: 25 }).chain(withMerges);

const anyGrid = fc.oneof(
  { weight: 4, arbitrary: reportLikeGrid },
  { weight: 1, arbitrary: randomGrid },
);

// ------------------------------------------------------------------ properties

function nonEmptyCells(grid: Grid): number {
  return grid.rows.flat().filter((cell) => cell !== null && (cell.text ?? "").trim() !== "").length;
}

/**
 * Nothing lost: a structured sheet accounts for every non-empty cell; a sheet that could not be
 * structured is left as it is, with a Swedish reason, and all of its cells are reported as such.
 */
function expectNothingLost(grid: Grid, result: ReturnType<typeof structureGrid>): void {
  const missing = accountCells(grid, result, profile);
  if (result.ok) {
    expect(missing).toEqual([]);
  } else {
    expect(result.message).toMatch(/\S/);
    expect(missing).toHaveLength(nonEmptyCells(grid));
    expect(missing.every((m) => m.why === "bladet kunde inte struktureras")).toBe(true);
  }
}

function nonEmptyRows(grid: Grid): number {
  return grid.rows.filter((row) =>
    row.some((cell) => cell !== null && (cell.text ?? "").trim() !== ""),
  ).length;
}

describe("structuring random grids", () => {
  it("the generator reaches the engine: most report-like grids are structured, with activities", () => {
    const samples = fc.sample(reportLikeGrid, { numRuns: 200, seed: 42 });
    const results = samples.map((grid) => structureGrid(grid, { profile }));
    const structured = results.filter((r) => r.ok);
    expect(structured.length).toBeGreaterThan(samples.length * 0.6);
    expect(structured.filter((r) => r.ok && r.report.activities.length > 0).length).toBeGreaterThan(
      samples.length * 0.4,
    );
  });

  it("never throws, returns a well-formed result, and loses no cell (or says why the sheet was not structured)", () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const result = structureGrid(grid, { profile, file: "slump.xlsx" });
        StructureResultSchema.parse(result);
        expectNothingLost(grid, result);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("never finds more activities than there are non-empty rows, and takes each from a row of the grid", () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const result = structureGrid(grid, { profile });
        if (!result.ok) return;
        const activities = result.report.activities;
        expect(activities.length).toBeLessThanOrEqual(nonEmptyRows(grid));
        for (const activity of activities) {
          for (const row of activity.source.rows) {
            expect(row).toBeGreaterThanOrEqual(1);
            expect(row).toBeLessThanOrEqual(grid.rows.length);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("structureSheets over several random sheets never throws and accounts for every sheet", () => {
    fc.assert(
      fc.property(fc.array(anyGrid, { minLength: 1, maxLength: 3 }), (grids) => {
        const named = grids.map((grid, i) => ({ ...grid, sheet: `Blad${i + 1}` }));
        const results = structureSheets(named, { profile });
        expect(results.length).toBeGreaterThan(0);
        for (const result of results) {
          const sheet = result.ok ? result.report.sheet : result.sheet;
          const grid = named.find((g) => g.sheet === sheet);
          expect(grid).toBeDefined();
          expectNothingLost(grid!, result);
        }
      }),
      { numRuns: Math.round(NUM_RUNS / 3) },
    );
  });
});
