/** Messages of the validation rules (SPEC §6): each names the value and says what to do. */
import { defineMessages } from "./types";

export const validateMessages = defineMessages({
  sv: {
    "validate.activity.required":
      "Raden har innehåll men ingen aktivitet. Skriv aktiviteten i kolumnen Aktivitet eller ta bort raden.",
    "validate.status.missing":
      "Aktiviteten {activity} saknar status. Välj en status i listan ({terms}).",
    "validate.status.unknown":
      "Statusen {value} finns inte i profilen. Välj en status i listan ({terms}).",
    "validate.status.unknown.suggest":
      "Statusen {value} finns inte i profilen. Menade du ”{suggestion}”? Välj en status i listan ({terms}).",
    "validate.status.noncanonical":
      "Statusen {value} betyder ”{canonical}”. Skriv ”{canonical}” så att rapporten följer mallens statuslista.",
    "validate.status.ambiguous":
      "Cellen anger flera statusar ({value}). Dela upp aktiviteten i en rad per status, eller välj den status som gäller hela aktiviteten.",
    "validate.status.ambiguous.suggestion": "Dela upp aktiviteten i en rad per status.",
    "validate.due.missing":
      "Aktiviteten {activity} saknar slutdatum. Ange när den ska vara klar ({terms}).",
    "validate.due.missing.noColumn":
      "Rapporten har ingen kolumn för slutdatum. Lägg till kolumnen Slutdatum och ange när varje aktivitet ska vara klar ({terms}).",
    "validate.due.missing.emptyColumn":
      "Kolumnen Slutdatum är tom för alla {count} aktiviteter. Ange när varje aktivitet ska vara klar ({terms}).",
    "validate.due.unknown": "Slutdatumet {value} går inte att tolka. Ange ett av {terms}.",
    "validate.due.noncanonical.fix":
      "Slutdatumet {value} ska skrivas ”{term}”, som i mallens lista.",
    "validate.due.noncanonical.suggest":
      "Slutdatumet {value} är inte ett av mallens värden ({terms}). Förslag: ”{suggestion}”. Kontrollera och välj ett värde i listan.",
    "validate.due.noncanonical":
      "Slutdatumet {value} är inte ett av mallens värden ({terms}). Välj ett värde i listan.",
    "validate.due.beyondYear":
      "Slutdatumet {value} ligger efter rapportåret {year} (periodens slut {end}). Det går bra för fleråriga aktiviteter; följ upp aktiviteten nästa år.",
    "validate.comment.required":
      "Statusen {status} kräver en kommentar. Skriv varför och vad som händer nu.",
    "validate.overdue.ongoing":
      "Slutdatumet {due} passerades {end}, före avstämningsdatumet {cutoff}, men statusen är {status}. Ange om aktiviteten är genomförd, försenad (”Kvarstår”) eller flyttad, och kommentera.",
    "validate.done.future":
      "Aktiviteten är genomförd före sitt slutdatum {due} (periodens slut {end}, efter avstämningsdatumet {cutoff}). Inget att åtgärda.",
    "validate.perspective.unknown":
      "Perspektivet {value} finns inte i profilen ({terms}) och står på {rowsText}. Välj ett av dem, eller behåll värdet om det är ett medvetet område.",
    "validate.perspective.rows.one": "rad {rows}",
    "validate.perspective.rows.other": "{count} rader ({rows})",
    "validate.perspective.unknown.suggest":
      "Perspektivet {value} finns inte i profilen och står på {rowsText}. Menade du ”{suggestion}”? Välj ett av {terms}.",
    "validate.assignment.unknown":
      "Uppdrag nummer {number} finns inte i uppdragsregistret{year}. Kontrollera numret mot bladet ”Uppdrag”.",
    "validate.assignment.unknown.year": " för {year}",
    "validate.assignment.uncovered":
      "Det kommungemensamma uppdraget {number} ({text}) har ingen aktivitet i rapporten. Lägg till en aktivitet som hänvisar till uppdraget.",
    "validate.duplicate.activity":
      "Aktiviteten {value} finns redan på rad {firstRow} under samma mål. Ta bort dubbletten eller slå ihop raderna.",
    "validate.meta.missing": "Rapporten saknar {field}. Fyll i {field} i rapportens huvud.",
    "validate.meta.field.organisation": "förvaltning",
    "validate.meta.field.year": "år",
    "validate.meta.field.period": "period (tertial 1, delår eller helår)",
    "validate.text.formula":
      "Cellen innehåller en formel (={formula}) där text väntas. Skriv in texten som vanlig text.",
    "validate.text.formulaPrefix":
      "Texten börjar med ”{char}” och kan tolkas som en formel i Excel; ta bort tecknet eller inled texten med en apostrof (').",
    "validate.text.errorValue":
      "Cellen innehåller felvärdet {value} i stället för text, troligen från en formel eller kopiering. Skriv in rätt värde.",
    "validate.error.cutoff":
      "Avstämningsdatumet ”{value}” är inte ett giltigt datum. Ange det som ÅÅÅÅ-MM-DD, till exempel 2020-08-31.",
    "validate.empty": "(tom)",
  },
  en: {
    "validate.activity.required":
      "The row has content but no activity. Write the activity in the Activity column or delete the row.",
    "validate.status.missing":
      "The activity {activity} has no status. Choose a status from the list ({terms}).",
    "validate.status.unknown":
      "The status {value} is not in the profile. Choose a status from the list ({terms}).",
    "validate.status.unknown.suggest":
      "The status {value} is not in the profile. Did you mean “{suggestion}”? Choose a status from the list ({terms}).",
    "validate.status.noncanonical":
      "The status {value} means “{canonical}”. Write “{canonical}” so the report follows the template's status list.",
    "validate.status.ambiguous":
      "The cell gives several statuses ({value}). Split the activity into one row per status, or choose the status that applies to the whole activity.",
    "validate.status.ambiguous.suggestion": "Split the activity into one row per status.",
    "validate.due.missing":
      "The activity {activity} has no due period. Say when it is to be finished ({terms}).",
    "validate.due.missing.noColumn":
      "The report has no due-period column. Add the Slutdatum column and say when each activity is to be finished ({terms}).",
    "validate.due.missing.emptyColumn":
      "The Slutdatum column is empty for all {count} activities. Say when each activity is to be finished ({terms}).",
    "validate.due.unknown": "The due period {value} cannot be read. Use one of {terms}.",
    "validate.due.noncanonical.fix":
      "The due period {value} should be written “{term}”, as in the template's list.",
    "validate.due.noncanonical.suggest":
      "The due period {value} is not one of the template's values ({terms}). Suggestion: “{suggestion}”. Check it and choose a value from the list.",
    "validate.due.noncanonical":
      "The due period {value} is not one of the template's values ({terms}). Choose a value from the list.",
    "validate.due.beyondYear":
      "The due period {value} ends after the report year {year} (period end {end}). That is fine for multi-year activities; follow it up next year.",
    "validate.comment.required":
      "The status {status} requires a comment. Say why and what happens next.",
    "validate.overdue.ongoing":
      "The due period {due} ended {end}, before the cut-off {cutoff}, but the status is {status}. Say whether the activity is done, delayed (“Kvarstår”) or postponed, and comment.",
    "validate.done.future":
      "The activity was done before its due period {due} (period end {end}, after the cut-off {cutoff}). Nothing to do.",
    "validate.perspective.unknown":
      "The perspective {value} is not in the profile ({terms}) and is used on {rowsText}. Choose one of them, or keep the value if it is a deliberate area.",
    "validate.perspective.rows.one": "row {rows}",
    "validate.perspective.rows.other": "{count} rows ({rows})",
    "validate.perspective.unknown.suggest":
      "The perspective {value} is not in the profile and is used on {rowsText}. Did you mean “{suggestion}”? Choose one of {terms}.",
    "validate.assignment.unknown":
      "Assignment number {number} is not in the register{year}. Check the number against the “Uppdrag” sheet.",
    "validate.assignment.unknown.year": " for {year}",
    "validate.assignment.uncovered":
      "The municipality-wide assignment {number} ({text}) has no activity in the report. Add an activity that refers to it.",
    "validate.duplicate.activity":
      "The activity {value} already appears on row {firstRow} under the same goal. Delete the duplicate or merge the rows.",
    "validate.meta.missing":
      "The report has no {field}. Fill in the {field} in the report's header.",
    "validate.meta.field.organisation": "organisation",
    "validate.meta.field.year": "year",
    "validate.meta.field.period": "period (tertial 1, interim or full year)",
    "validate.text.formula":
      "The cell holds a formula (={formula}) where text is expected. Enter the text as plain text.",
    "validate.text.formulaPrefix":
      "The text starts with “{char}” and may be read as a formula in Excel; remove the character or start the text with an apostrophe (').",
    "validate.text.errorValue":
      "The cell holds the error value {value} instead of text, probably from a formula or a copy. Enter the right value.",
    "validate.error.cutoff":
      "The cut-off date “{value}” is not a valid date. Write it as YYYY-MM-DD, for example 2020-08-31.",
    "validate.empty": "(empty)",
  },
});
