/** Output helpers shared by commands: JSON on stdout, Swedish labels for readable summaries. */
import type { StatusCategory } from "../core/model";
import type { CliIo } from "./io";

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export const CATEGORY_TEXT: Record<StatusCategory, string> = {
  done: "genomförda",
  ongoing: "pågående",
  delayed: "kvarstår",
  not_started: "ej påbörjade",
  cancelled: "ej genomförda",
  postponed: "flyttade",
  not_applicable: "ej aktuella",
  ambiguous: "oklar status",
  missing: "status saknas",
};

/** "1 aktivitet" / "3 aktiviteter". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Keeps a summary line readable: one line, at most `max` characters. */
export function clip(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
