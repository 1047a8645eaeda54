/**
 * Office.js errors → WorkbookError with a Swedish message the pane can show as is. Office errors
 * (OfficeExtension.Error) carry a `code`; we read it structurally so this works with the real
 * library, the test fakes, and errors thrown before Office.js is loaded.
 */
import { WorkbookError } from "../../core/port";

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown };
}

function officeCode(error: unknown): string {
  const e = error as OfficeLikeError | null;
  if (!e || typeof e !== "object") return "";
  if (typeof e.code === "string") return e.code;
  if (typeof e.debugInfo?.code === "string") return e.debugInfo.code;
  return "";
}

function officeMessage(error: unknown): string {
  const e = error as OfficeLikeError | null;
  if (!e || typeof e !== "object") return String(error);
  return typeof e.message === "string" ? e.message : "";
}

export const MESSAGES = {
  editMode: "Excel väntar på att du ska avsluta redigeringen av en cell. Avsluta redigeringen av cellen och försök igen.",
  protectedSheet: (sheet?: string) =>
    sheet
      ? `Bladet "${sheet}" är skyddat. Ta bort bladskyddet (Granska → Ta bort skydd) och försök igen.`
      : "Arbetsboken eller bladet är skyddat. Ta bort skyddet (Granska → Ta bort skydd) och försök igen.",
  sheetMissing: (sheet: string) => `Bladet "${sheet}" finns inte i arbetsboken.`,
  unsupported:
    "Den här Excel-versionen saknar en funktion som tillägget behöver. Uppdatera Excel eller använd Excel på webben.",
  tooLarge:
    "Bladet är för stort för att läsas i ett svep i Excel. Dela upp det på flera blad eller använd kommandoraden.",
  generic: (detail: string) => `Excel kunde inte utföra åtgärden (${detail}).`,
};

const PROTECTION_HINT = /protect|skydd/i;

/** Map any error from an Excel.run batch; WorkbookErrors pass through unchanged. */
export function toWorkbookError(error: unknown, sheet?: string): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeCode(error);
  const message = officeMessage(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new WorkbookError(MESSAGES.editMode, "edit-mode");
    case "AccessDenied":
      return new WorkbookError(MESSAGES.protectedSheet(sheet), "protected");
    case "InvalidOperation":
      if (PROTECTION_HINT.test(message)) return new WorkbookError(MESSAGES.protectedSheet(sheet), "protected");
      break;
    // ItemNotFound is not mapped here: it names any missing object (a conditional format, a
    // table…). Only a sync whose sole lookup is a sheet says "sheet missing" (read.ts syncSheetLookup).
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
    case "UnsupportedOperation":
      return new WorkbookError(MESSAGES.unsupported, "unsupported");
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
    case "PayloadTooLarge":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new WorkbookError(MESSAGES.tooLarge, "too-large");
  }
  return new WorkbookError(MESSAGES.generic(code || message || "okänt fel"), "io");
}
