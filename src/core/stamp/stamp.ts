/**
 * The submission stamp (SPEC §6, "Klar för inlämning"): stored in the workbook when a report
 * validates without errors; a consolidator compares it with the report as it is now. Reading and
 * storing it is core/workflow/stamp.ts.
 */
import type { Report } from "../model";
import type { Stamp } from "./schema";
import type { Profile } from "../profile/schema";
import { t, type Lang } from "../i18n";
import { localDateTime } from "../dates";
import type { FindingCounts } from "../validate/validation-report";
import { canonicalContent } from "./canonical";
import { sha256Hex } from "./hash";

/** The workbook setting the stamp is stored under. */
export const STAMP_SETTING = "stamp";

export type { Stamp };

export const STAMP_STATES = ["validated", "changed", "not_validated"] as const;
export type StampState = (typeof STAMP_STATES)[number];

export interface StampOptions {
  profile: Profile;
  templateVersion: string;
  now: Date;
}

export async function reportHash(report: Report): Promise<string> {
  return sha256Hex(canonicalContent(report));
}

export async function createStamp(report: Report, options: StampOptions): Promise<Stamp> {
  return {
    templateVersion: options.templateVersion,
    profile: `${options.profile.id}@${options.profile.version}`,
    time: options.now.toISOString(),
    rowCount: report.activities.length,
    hash: await reportHash(report),
    sheet: report.sheet,
  };
}

/** validated: the report is what was stamped; changed: it was stamped, then edited; not_validated: no stamp (for this sheet). */
export async function stampState(report: Report, stamp: Stamp | null): Promise<StampState> {
  if (stamp === null || stamp.sheet !== report.sheet) return "not_validated";
  if (stamp.rowCount !== report.activities.length) return "changed";
  return (await reportHash(report)) === stamp.hash ? "validated" : "changed";
}

export type StampResult =
  { ok: true; stamp: Stamp; message: string } | { ok: false; errors: number; message: string };

/**
 * "Klar för inlämning": refuses while the report's validation (its stats) counts errors; otherwise
 * the stamp to store (core/workflow stores it under STAMP_SETTING).
 */
export async function decideStamp(
  report: Report,
  stats: FindingCounts,
  options: StampOptions & { lang?: Lang },
): Promise<StampResult> {
  const lang = options.lang ?? "sv";
  const errors = stats.error;
  if (errors > 0) {
    return {
      ok: false,
      errors,
      message:
        errors === 1 ? t(lang, "stamp.refused.one") : t(lang, "stamp.refused", { count: errors }),
    };
  }
  const stamp = await createStamp(report, options);
  return {
    ok: true,
    stamp,
    message: t(lang, "stamp.done", {
      time: localDateTime(options.now),
      rows: stamp.rowCount,
    }),
  };
}

export function stampStateLabel(state: StampState, lang: Lang = "sv"): string {
  return t(lang, `stamp.state.${state}`);
}
