/**
 * The one register reader of the structurer: strategic assignments read from a sheet of their
 * own (the template's "Uppdrag" sheet, or a numbered list of strategiska utvecklingsuppdrag) or
 * from a numbered list in the title zone above an activity table.
 */
import { type RegisterEntry } from "../model";
import { readRegisterGrid } from "../template/register";
import { foldKey } from "../text/normalize";
import { parseRegisterList } from "../parse";
import { type Grid } from "../grid";
import { SheetReader } from "./sheet";

const REGISTER_SHEET_NAMES = new Set(["uppdrag", "strategiska uppdrag", "strategiska utvecklingsuppdrag", "uppdragsregister"]);
/** "1. Samtliga nämnder ska …", "12) …": an item of a numbered register list. */
export const NUMBERED_ITEM = /^\d{1,3}\s*[.)]\s+\S/;

/** The register on a sheet of its own: the template's "Uppdrag" sheet, or a numbered list. */
export function readRegisterSheet(reader: SheetReader, year: number | null = null): RegisterEntry[] {
  const table = readRegisterGrid(reader.grid);
  if (table.length > 0) return table;
  const named = REGISTER_SHEET_NAMES.has(foldKey(reader.grid.sheet));
  const lines: string[] = [];
  let numbered = 0;
  for (let row = 1; row <= reader.rowCount; row++) {
    const texts = reader.texts(row).filter((text): text is string => text !== undefined);
    if (texts.length === 0) continue;
    if (NUMBERED_ITEM.test(texts[0]!)) numbered++;
    lines.push(texts.join(" "));
  }
  if (!named && numbered === 0) return [];
  return parseRegisterList(lines.join("\n"), year);
}

/** A numbered list of assignments among the title lines above a table ("1. Samtliga nämnder ska …"). */
export function readTitleRegister(titleLines: readonly string[], numbered: number, year: number | null): RegisterEntry[] {
  if (numbered === 0) return [];
  const text = titleLines.join("\n");
  return foldKey(text).includes("uppdrag") ? parseRegisterList(text, year) : [];
}

/** True when a sheet is a register of assignments, perhaps still empty (not an activity table to structure). */
export function isRegisterGrid(grid: Grid): boolean {
  return REGISTER_SHEET_NAMES.has(foldKey(grid.sheet)) || readRegisterSheet(new SheetReader(grid)).length > 0;
}
