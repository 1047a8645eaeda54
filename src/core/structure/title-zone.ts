/**
 * The rows above the header: titles and intro text (noted and skipped), common-goal rows,
 * perspective names, the area title right above the table, and a register listed there.
 */
import { address } from "../grid";
import { type RegisterEntry } from "../model";
import { excerpt } from "./context";
import { type FreeFormReader } from "./free-form";
import { COMMON_GOAL_ROW, isGroupHeading, isHeadingLike } from "./headings";
import { type HeaderBlock } from "./meta";
import { NUMBERED_ITEM, readTitleRegister } from "./register";
import { countTexts, singleText } from "./sheet";

/** Titles, perspective and common-goal rows above the header; returns a register listed there. */
export function readTitleZone(reader: FreeFormReader, block: HeaderBlock): RegisterEntry[] {
  const ctx = reader.ctx;
  ctx.notes.push(...block.notes);
  const labelled = new Set(block.labelledRows);
  const titleRows = new Set(block.titleRows);
  const nearest = nearestRowAboveHeader(reader);
  const titleLines: string[] = [];
  let numbered = 0;
  for (let row = 1; row < ctx.header.row; row++) {
    const texts = ctx.reader.texts(row);
    if (countTexts(texts) === 0) {
      titleLines.push("");
      continue;
    }
    ctx.rowsRead++;
    if (labelled.has(row)) continue;
    const single = singleText(texts);
    // The line naming the organisation or period ("Socialförvaltningen – uppföljning 2025") is the
    // document's title, not an area title, even when it is the only line above the table.
    const areaTitleRow = row === nearest && !titleRows.has(row);
    if (single && readTitleHeading(reader, row, single, areaTitleRow)) continue;
    const first = texts.find((text) => text !== undefined)!;
    if (NUMBERED_ITEM.test(first)) numbered++;
    titleLines.push(texts.filter((text) => text !== undefined).join(" "));
    ctx.notes.push({ kind: "title", row, cell: address(row, texts.indexOf(first) + 1), message: ctx.msg("title.skipped", { row, text: excerpt(first) }) });
  }
  return readTitleRegister(titleLines, numbered, ctx.year);
}

/** Above the header only common-goal rows, perspective names and the area title right above the table count. */
function readTitleHeading(reader: FreeFormReader, row: number, single: { col: number; text: string }, nearest: boolean): boolean {
  const { text } = single;
  if (COMMON_GOAL_ROW.test(text) || reader.isPerspectiveName(text)) return reader.readHeadingRow(row, single);
  if (nearest && isHeadingLike(text) && !isGroupHeading(text)) {
    reader.setPerspective(text, false, row, address(row, single.col));
    return true;
  }
  return false;
}

/** The closest non-empty row above the header, skipping common-goal rows: an area title may stand there. */
function nearestRowAboveHeader(reader: FreeFormReader): number | undefined {
  const ctx = reader.ctx;
  for (let row = ctx.header.row - 1; row >= 1; row--) {
    const texts = ctx.reader.texts(row);
    if (countTexts(texts) === 0) continue;
    const single = singleText(texts);
    if (single && COMMON_GOAL_ROW.test(single.text)) continue;
    return row;
  }
  return undefined;
}
