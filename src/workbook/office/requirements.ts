/**
 * Requirement sets above the manifest's minimum (ExcelApi 1.8) are feature-detected at run time,
 * so the add-in still loads in older Excel builds and only the newer features degrade, with a
 * message saying which. The table of features and sets is in docs/excel.md ("Excel versions and requirement sets").
 */

/** Answers "is this requirement set available here?" — injected in tests. */
export type RequirementCheck = (set: string, version: string) => boolean;

/** The features of this adapter that need more than the manifest's minimum. */
export const FEATURE_SETS = {
  /** Range.getMergedAreasOrNullObject: merged cells in readSheet. */
  mergedAreas: { set: "ExcelApi", version: "1.13" },
  /** Worksheet.pageLayout: landscape, A4 and print title rows. */
  pageLayout: { set: "ExcelApi", version: "1.9" },
  /** Excel.run({ delayForCellEdit }): wait while the user edits a cell instead of failing. */
  delayForCellEdit: { set: "ExcelApi", version: "1.20" },
} as const;

export type Feature = keyof typeof FEATURE_SETS;

/** Swedish notes shown when a feature is skipped because the set is missing. */
export const DEGRADED_NOTICES: Record<Feature, string> = {
  mergedAreas:
    "Den här Excel-versionen kan inte läsa sammanfogade celler (kräver ExcelApi 1.13). Tomma celler under en rubrik fylls i ändå.",
  pageLayout:
    "Den här Excel-versionen kan inte ställa in utskrift (kräver ExcelApi 1.9). Liggande A4 och upprepade rubrikrader får ställas in för hand.",
  delayForCellEdit:
    "Den här Excel-versionen kan inte vänta medan en cell redigeras (kräver ExcelApi 1.20). Avsluta redigeringen av cellen innan du använder tillägget.",
};

/** The real check: Office.context.requirements, or "no" outside Office. */
export const officeRequirementCheck: RequirementCheck = (set, version) => {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
};

export function supportsFeature(check: RequirementCheck, feature: Feature): boolean {
  const { set, version } = FEATURE_SETS[feature];
  return check(set, version);
}
