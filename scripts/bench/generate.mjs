// Realistic benchmark sheets built from the seed fixtures: every activity of the five real
// reports (their goal, activity, due, responsible, status and comment texts as the förvaltningar
// wrote them), repeated with varied text until the wanted size, laid out the way the reports are
// (a header block, perspective rows, goals written once and blank below, the header repeated at
// every page break). The compiled core in lib/ structures the fixtures once to get the texts.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const HEADER = ["Nämndmål", "Aktivitet", "Slutdatum", "Ansvarig", "Status", "Kommentar"];
/** Rows per printed page: the reports repeat their header at every page break. */
const PAGE_ROWS = 40;

/** The activities of every seed fixture, in sheet order, as raw texts. */
export function seedActivityPool(root) {
  const { structureGrid } = require(path.join(root, "lib/core/structure"));
  const { standardProfile } = require(path.join(root, "lib/core/profile/load"));
  const { gridFromText } = require(path.join(root, "lib/core/grid"));
  const dir = path.join(root, "examples/seeds");
  const pool = [];
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const fixture = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    const sheet = fixture.sheets[0];
    const merges = sheet.merges.map((a1) => {
      const [from, to = from] = a1.split(":");
      const cell = (ref) => {
        const m = /^([A-Z]+)(\d+)$/.exec(ref);
        return {
          row: Number(m[2]),
          col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
        };
      };
      const a = cell(from);
      const b = cell(to);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    });
    const result = structureGrid(gridFromText(sheet.name, sheet.rows, merges), {
      profile: standardProfile,
    });
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    for (const a of result.report.activities) {
      pool.push({
        perspective: a.perspective,
        goal: a.goal,
        activity: a.activity,
        due: a.due.raw ?? "",
        responsible: a.responsible,
        status: a.status.raw ?? "",
        comment: a.comment,
      });
    }
  }
  return pool;
}

/**
 * A sheet of `count` activity rows as plain text rows (null = empty cell). Round `k` of the pool
 * gets " (k)" on its activity and goal texts, so no two rows are the same.
 */
export function benchRows(pool, count, organisation = "Kultur- och fritidsförvaltningen") {
  const rows = [
    ["Uppföljning av förvaltningens verksamhet och utveckling"],
    ["Förvaltning", organisation],
    ["Nämnd", organisation.replace(/förvaltningen$/, "nämnden")],
    ["År", "2020"],
    ["Uppföljningen gäller aktiviteterna per den 31 augusti."],
    [],
  ];
  let perspective;
  let goal;
  let sincePageBreak = PAGE_ROWS;
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / pool.length);
    const a = pool[i % pool.length];
    const vary = (text) => (text && round > 0 ? `${text} (${round})` : text);
    if (a.perspective && a.perspective !== perspective) {
      perspective = a.perspective;
      rows.push([perspective]);
      sincePageBreak = PAGE_ROWS;
    }
    if (sincePageBreak >= PAGE_ROWS) {
      rows.push([...HEADER]);
      sincePageBreak = 0;
      goal = undefined; // a goal is written again at the top of a page
    }
    const thisGoal = vary(a.goal);
    rows.push([
      thisGoal && thisGoal !== goal ? thisGoal : null,
      vary(a.activity),
      a.due || null,
      a.responsible,
      a.status || null,
      a.comment,
    ]);
    goal = thisGoal;
    sincePageBreak++;
  }
  return rows;
}
