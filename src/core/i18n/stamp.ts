/** Messages of the submission stamp ("Klar för inlämning"). */
import { defineMessages } from "./types";

export const stampMessages = defineMessages({
  sv: {
    "stamp.refused":
      "Rapporten har {count} fel och kan inte märkas som klar för inlämning. Rätta felen och kontrollera igen.",
    "stamp.refused.one":
      "Rapporten har 1 fel och kan inte märkas som klar för inlämning. Rätta felet och kontrollera igen.",
    "stamp.done": "Rapporten är märkt som klar för inlämning ({time}, {rows} aktiviteter).",
    "stamp.state.validated": "Kontrollerad",
    "stamp.state.changed": "Ändrad efter kontroll",
    "stamp.state.not_validated": "Inte kontrollerad",
  },
  en: {
    "stamp.refused":
      "The report has {count} errors and cannot be marked ready for submission. Fix the errors and validate again.",
    "stamp.refused.one":
      "The report has 1 error and cannot be marked ready for submission. Fix it and validate again.",
    "stamp.done": "The report is marked ready for submission ({time}, {rows} activities).",
    "stamp.state.validated": "Validated",
    "stamp.state.changed": "Changed after validation",
    "stamp.state.not_validated": "Not validated",
  },
});
