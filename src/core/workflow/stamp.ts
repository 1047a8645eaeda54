/** The submission stamp in the workbook: read from and stored in the add-in's settings. */
import type { Report } from "../model";
import type { FindingCounts } from "../validate/validation-report";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../port";
import { decideStamp, STAMP_SETTING, type Stamp, type StampOptions, type StampResult } from "../stamp/stamp";

export async function readStamp(port: WorkbookPort): Promise<Stamp | null> {
  const text = await port.getSetting(STAMP_SETTING);
  // Most reports carry no stamp: the schema (and zod) is loaded only for one that does.
  if (text === null || text === undefined || text.trim() === "") return null;
  const { parseStamp } = await import("../stamp/schema");
  return parseStamp(text);
}

/**
 * "Klar för inlämning": refuses while the report's validation (its stats) counts errors;
 * otherwise stores the stamp in the workbook.
 */
export async function stampReport(
  port: WorkbookPort,
  report: Report,
  stats: FindingCounts,
  options: StampOptions & { lang?: Lang },
): Promise<StampResult> {
  const result = await decideStamp(report, stats, options);
  if (result.ok) {
    const { serializeStamp } = await import("../stamp/schema");
    await port.setSetting(STAMP_SETTING, serializeStamp(result.stamp));
  }
  return result;
}
