/** The submission stamp in the workbook: read from and stored in the add-in's settings. */
import type { Finding, Report } from "../model";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../port";
import {
  decideStamp,
  parseStamp,
  serializeStamp,
  STAMP_SETTING,
  type Stamp,
  type StampOptions,
  type StampResult,
} from "../stamp";

export async function readStamp(port: WorkbookPort): Promise<Stamp | null> {
  return parseStamp(await port.getSetting(STAMP_SETTING));
}

/**
 * "Klar för inlämning": refuses while `findings` (the report's validation) hold errors; otherwise
 * stores the stamp in the workbook.
 */
export async function stampReport(
  port: WorkbookPort,
  report: Report,
  findings: readonly Finding[],
  options: StampOptions & { lang?: Lang },
): Promise<StampResult> {
  const result = await decideStamp(report, findings, options);
  if (result.ok) await port.setSetting(STAMP_SETTING, serializeStamp(result.stamp));
  return result;
}
