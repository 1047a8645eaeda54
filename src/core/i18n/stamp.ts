/** Messages of the submission stamp ("Klar för inlämning"). */
import { defineMessages } from "./types";

/**
 * What a report's stamp state is called, the one table for every place that shows it: the pane
 * (its catalogues take these), the Sammanställning's Källor sheet, the HTML summary and the CLI.
 */
export const STAMP_STATE_LABELS = {
  sv: { validated: "Validerad", changed: "Ändrad efter validering", not_validated: "Ej validerad" },
  en: { validated: "Validated", changed: "Changed after validation", not_validated: "Not validated" },
} as const;

export const stampMessages = defineMessages({
  sv: {
    "stamp.refused.other":
      "Rapporten har {count} fel och kan inte märkas som klar för inlämning. Rätta felen och kontrollera igen.",
    "stamp.refused.one":
      "Rapporten har 1 fel och kan inte märkas som klar för inlämning. Rätta felet och kontrollera igen.",
    "stamp.done": "Rapporten är märkt som klar för inlämning ({time}, {rows} aktiviteter).",
    "stamp.state.validated": STAMP_STATE_LABELS.sv.validated,
    "stamp.state.changed": STAMP_STATE_LABELS.sv.changed,
    "stamp.state.not_validated": STAMP_STATE_LABELS.sv.not_validated,
  },
  en: {
    "stamp.refused.other":
      "The report has {count} errors and cannot be marked ready for submission. Fix the errors and validate again.",
    "stamp.refused.one":
      "The report has 1 error and cannot be marked ready for submission. Fix it and validate again.",
    "stamp.done": "The report is marked ready for submission ({time}, {rows} activities).",
    "stamp.state.validated": STAMP_STATE_LABELS.en.validated,
    "stamp.state.changed": STAMP_STATE_LABELS.en.changed,
    "stamp.state.not_validated": STAMP_STATE_LABELS.en.not_validated,
  },
});
