/** `template -o mall.xlsx`: writes an empty standard template (SPEC §4) as an .xlsx file. */
import { PeriodSchema, type ReportMeta } from "../../core/model";
import { buildTemplateSheets, PROFILE_SETTING } from "../../core/template";
import { FileWorkbook } from "../../workbook/file";
import type { CliCommand } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { resolvePath, workbookBytes, writeBytes } from "../files";
import { loadProfileOption } from "../profile";

function optionalText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function parseYearOption(value: unknown): number | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (!/^\d{4}$/.test(text) || Number(text) < 1900 || Number(text) > 2999)
    throw new UsageError(
      `Ogiltigt år: "${text}". Ange ett år med fyra siffror, t.ex. --year 2024.`,
      "template",
    );
  return Number(text);
}

export function parsePeriodOption(value: unknown): ReportMeta["period"] {
  if (value === undefined) return null;
  const parsed = PeriodSchema.safeParse(String(value).trim().toLowerCase());
  if (!parsed.success)
    throw new UsageError(
      `Ogiltig period: "${String(value)}". Välj tertial1, delar eller helar.`,
      "template",
    );
  return parsed.data;
}

/** The template as .xlsx bytes (also used by the examples command). */
export async function templateBytes(
  meta: ReportMeta,
  profile: Parameters<typeof buildTemplateSheets>[0]["profile"],
): Promise<Uint8Array> {
  const workbook = FileWorkbook.create();
  await workbook.writeSheets(buildTemplateSheets({ meta, activities: [], profile, register: [] }));
  await workbook.setSetting(PROFILE_SETTING, JSON.stringify(profile));
  return workbookBytes(workbook);
}

export const templateCommand: CliCommand = {
  name: "template",
  aliases: ["mall"],
  summary: "Skapa en tom standardmall (.xlsx) med listval, färger och utskriftsformat.",
  help: [
    "Användning: uppfoljning template -o mall.xlsx [flaggor]",
    "",
    "  -o, --output <fil>        filen som skapas (krävs)",
    "  --organisation <namn>     förvaltningens namn",
    "  --board <namn>            nämndens namn",
    "  --year <år>               budgetåret, t.ex. 2024",
    "  --period <period>         tertial1 (per 30 april), delar (per 31 augusti) eller helar (per 31 december)",
    "  --contact <namn>          kontaktperson",
    "  --profile <fil.json>      en egen vokabulärprofil (annars standardprofilen)",
    "  --force                   skriv över en befintlig fil",
  ].join("\n"),
  options: {
    output: { type: "string", short: "o" },
    organisation: { type: "string" },
    board: { type: "string" },
    year: { type: "string" },
    period: { type: "string" },
    contact: { type: "string" },
    profile: { type: "string" },
    force: { type: "boolean" },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length > 0)
      throw new UsageError(`Oväntat argument: ${positionals[0]}. Ange filen med -o.`, "template");
    const output = optionalText(values.output);
    if (output === null)
      throw new UsageError(
        "Ange filen som ska skapas med -o, t.ex. uppfoljning template -o mall.xlsx.",
        "template",
      );
    const profile = await loadProfileOption(optionalText(values.profile) ?? undefined, cwd);
    const meta: ReportMeta = {
      organisation: optionalText(values.organisation),
      board: optionalText(values.board),
      year: parseYearOption(values.year),
      period: parsePeriodOption(values.period),
      cutoff: null,
      profile: profile.id,
      contact: optionalText(values.contact),
    };
    const file = resolvePath(cwd, output);
    writeBytes(file, await templateBytes(meta, profile), { force: values.force === true });
    io.stdout(`Mallen skapades: ${output}\n`);
    return EXIT_OK;
  },
};
