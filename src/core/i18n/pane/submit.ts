/** The pane's Inlämning view: the submission stamp. */
import { defineMessages } from "../types";
import { STAMP_STATE_LABELS } from "../stamp";

export const submitMessages = defineMessages({
  sv: {
    "submit.heading": "Inlämning",
    "submit.intro":
      "Märk rapporten som klar för inlämning. Det går bara när kontrollen inte hittar några fel.",
    "submit.state": "Status för inlämning",
    "submit.state.validated": STAMP_STATE_LABELS.sv.validated,
    "submit.state.changed": STAMP_STATE_LABELS.sv.changed,
    "submit.state.not_validated": STAMP_STATE_LABELS.sv.not_validated,
    "submit.state.loading": "Läser stämpeln …",
    "submit.button": "Klar för inlämning",
    "submit.working": "Kontrollerar och stämplar …",
    "submit.done": "Rapporten är märkt som klar för inlämning.",
    "submit.doneDetail.one": "Stämplad {time} · {count} aktivitet",
    "submit.doneDetail.other": "Stämplad {time} · {count} aktiviteter",
    "submit.refused.one": "Rapporten har {count} fel och kan inte märkas som klar för inlämning.",
    "submit.refused.other": "Rapporten har {count} fel och kan inte märkas som klar för inlämning.",
    "submit.refusedHint": "Rätta felen under Kontrollera och försök igen.",
    "submit.download": "Ladda ner den stämplade filen",
  },
  en: {
    "submit.heading": "Submission",
    "submit.intro":
      "Mark the report as ready for submission. Only possible when validation finds no errors.",
    "submit.state": "Submission state",
    "submit.state.validated": STAMP_STATE_LABELS.en.validated,
    "submit.state.changed": STAMP_STATE_LABELS.en.changed,
    "submit.state.not_validated": STAMP_STATE_LABELS.en.not_validated,
    "submit.state.loading": "Reading the stamp …",
    "submit.button": "Ready for submission",
    "submit.working": "Validating and stamping …",
    "submit.done": "The report is marked ready for submission.",
    "submit.doneDetail.one": "Stamped {time} · {count} activity",
    "submit.doneDetail.other": "Stamped {time} · {count} activities",
    "submit.refused.one": "The report has {count} error and cannot be marked ready for submission.",
    "submit.refused.other":
      "The report has {count} errors and cannot be marked ready for submission.",
    "submit.refusedHint": "Fix the errors under Validate and try again.",
    "submit.download": "Download the stamped file",
  },
});
