/** The pane's Sammanställ view: sources, duplicates, submissions, the summary. */
import { defineMessages } from "../types";

export const consolidateMessages = defineMessages({
  sv: {
    "consolidate.heading": "Sammanställ",
    "consolidate.intro":
      "Slå ihop förvaltningarnas rapporter till en kommungemensam sammanställning.",
    "consolidate.sheets": "Mallblad i den här arbetsboken",
    "consolidate.noSheets": "Den här arbetsboken har inga mallblad.",
    "consolidate.files": "Välj .xlsx-filer",
    "consolidate.filesChosen": "Valda filer",
    "consolidate.removeFile": "Ta bort {name}",
    "consolidate.run": "Läs in och sammanställ",
    "consolidate.nothingChosen": "Välj minst ett blad eller en fil.",
    "consolidate.progress": "Läser {done} av {total}",
    "consolidate.result": "Resultat",
    "consolidate.totals": "{activities} aktiviteter från {organisations} organisationer",
    "consolidate.conservationOk": "Alla aktiviteter är med ({count} av {count}).",
    "consolidate.conservationBad": "Antalet stämmer inte: {rows} rader mot {sources} i källorna.",
    "consolidate.sources": "Källor",
    "consolidate.source.file": "Fil",
    "consolidate.source.sheet": "Blad",
    "consolidate.source.organisation": "Organisation",
    "consolidate.source.activities": "Aktiviteter",
    "consolidate.source.stamp": "Inlämning",
    "consolidate.source.status": "Läsning",
    "consolidate.source.ok": "Läst",
    "consolidate.source.error": "Kunde inte läsas",
    "consolidate.source.leftOut": "Dubblett, räknas inte",
    "consolidate.duplicates.title.one": "Samma rapport finns två gånger",
    "consolidate.duplicates.title.other": "{count} rapporter finns två gånger",
    "consolidate.duplicates.intro":
      "Dubbletterna räknas inte, så ingen aktivitet räknas två gånger. Kryssa i en källa bara om den verkligen är en annan rapport.",
    "consolidate.duplicates.allCounted":
      "Du har valt att räkna dubbletterna: deras aktiviteter finns två gånger i sammanställningen.",
    "consolidate.duplicates.sameContent.one":
      "{source} har samma innehåll som {kept} ({count} aktivitet).",
    "consolidate.duplicates.sameContent.other":
      "{source} har samma innehåll som {kept} ({count} aktiviteter).",
    "consolidate.duplicates.samePeriod.one":
      "{source} gäller samma förvaltning, år och period som {kept} ({count} aktivitet).",
    "consolidate.duplicates.samePeriod.other":
      "{source} gäller samma förvaltning, år och period som {kept} ({count} aktiviteter).",
    "consolidate.duplicates.countAnyway": "Räkna {source} ändå",
    "consolidate.submission.heading": "Inlämning",
    "consolidate.submission.headline":
      "{stamped} av {total} förväntade förvaltningar har lämnat in en stämplad rapport.",
    "consolidate.submission.headlineReceived":
      "{stamped} av {total} förvaltningar som lämnat in har en stämplad rapport.",
    "consolidate.submission.missing": "{count} saknas.",
    "consolidate.submission.noList":
      "Profilen har ingen lista över förväntade förvaltningar, så bara de som lämnat in visas.",
    "consolidate.submission.unexpected": "Inte i profilens lista",
    "consolidate.submission.unreadable.one": "1 fil kunde inte läsas (se Källor).",
    "consolidate.submission.unreadable.other": "{count} filer kunde inte läsas (se Källor).",
    "consolidate.submission.errors.one": "Fel i rapporten (1 fel)",
    "consolidate.submission.errors.other": "Fel i rapporten ({count} fel)",
    "consolidate.submission.state.stamped": "Inlämnad och stämplad",
    "consolidate.submission.state.changed_after_stamp": "Ändrad efter stämpling",
    "consolidate.submission.state.unstamped": "Inlämnad utan stämpel",
    "consolidate.submission.state.errors": "Fel i rapporten",
    "consolidate.submission.state.missing": "Saknas",
    "consolidate.chapter": "Ladda ner kapitel för Word",
    "consolidate.chapter.working": "Skapar Word-kapitlet …",
    "consolidate.byCategory": "Per status",
    "consolidate.write": "Skriv sammanställning",
    "consolidate.writeDownload": "Ladda ner sammanställning",
    "consolidate.written":
      "Sammanställningen skrevs till sex blad: Sammanställning, Uppdrag, Avvikelser, Alla aktiviteter, Källor och Inlämning.",
  },
  en: {
    "consolidate.heading": "Consolidate",
    "consolidate.intro": "Merge the administrations' reports into one municipality-wide summary.",
    "consolidate.sheets": "Template sheets in this workbook",
    "consolidate.noSheets": "This workbook has no template sheets.",
    "consolidate.files": "Choose .xlsx files",
    "consolidate.filesChosen": "Chosen files",
    "consolidate.removeFile": "Remove {name}",
    "consolidate.run": "Read and consolidate",
    "consolidate.nothingChosen": "Choose at least one sheet or file.",
    "consolidate.progress": "Reading {done} of {total}",
    "consolidate.result": "Result",
    "consolidate.totals": "{activities} activities from {organisations} organisations",
    "consolidate.conservationOk": "Every activity is included ({count} of {count}).",
    "consolidate.conservationBad":
      "The count does not match: {rows} rows against {sources} in the sources.",
    "consolidate.sources": "Sources",
    "consolidate.source.file": "File",
    "consolidate.source.sheet": "Sheet",
    "consolidate.source.organisation": "Organisation",
    "consolidate.source.activities": "Activities",
    "consolidate.source.stamp": "Submission",
    "consolidate.source.status": "Reading",
    "consolidate.source.ok": "Read",
    "consolidate.source.error": "Could not be read",
    "consolidate.source.leftOut": "Duplicate, not counted",
    "consolidate.duplicates.title.one": "The same report is included twice",
    "consolidate.duplicates.title.other": "{count} reports are included twice",
    "consolidate.duplicates.intro":
      "The duplicates are not counted, so no activity is counted twice. Tick a source only if it really is a different report.",
    "consolidate.duplicates.allCounted":
      "You chose to count the duplicates: their activities appear twice in the summary.",
    "consolidate.duplicates.sameContent.one":
      "{source} has the same content as {kept} ({count} activity).",
    "consolidate.duplicates.sameContent.other":
      "{source} has the same content as {kept} ({count} activities).",
    "consolidate.duplicates.samePeriod.one":
      "{source} is for the same administration, year and period as {kept} ({count} activity).",
    "consolidate.duplicates.samePeriod.other":
      "{source} is for the same administration, year and period as {kept} ({count} activities).",
    "consolidate.duplicates.countAnyway": "Count {source} anyway",
    "consolidate.submission.heading": "Submissions",
    "consolidate.submission.headline":
      "{stamped} of {total} expected administrations have submitted a stamped report.",
    "consolidate.submission.headlineReceived":
      "{stamped} of {total} administrations that submitted have a stamped report.",
    "consolidate.submission.missing": "{count} missing.",
    "consolidate.submission.noList":
      "The profile has no list of expected administrations, so only those that submitted are shown.",
    "consolidate.submission.unexpected": "Not in the profile's list",
    "consolidate.submission.unreadable.one": "1 file could not be read (see Sources).",
    "consolidate.submission.unreadable.other": "{count} files could not be read (see Sources).",
    "consolidate.submission.errors.one": "Errors in the report (1 error)",
    "consolidate.submission.errors.other": "Errors in the report ({count} errors)",
    "consolidate.submission.state.stamped": "Submitted and stamped",
    "consolidate.submission.state.changed_after_stamp": "Changed after stamping",
    "consolidate.submission.state.unstamped": "Submitted without a stamp",
    "consolidate.submission.state.errors": "Errors in the report",
    "consolidate.submission.state.missing": "Missing",
    "consolidate.chapter": "Download chapter for Word",
    "consolidate.chapter.working": "Making the Word chapter …",
    "consolidate.byCategory": "By status",
    "consolidate.write": "Write summary",
    "consolidate.writeDownload": "Download summary",
    "consolidate.written":
      "The summary was written to six sheets: Sammanställning, Uppdrag, Avvikelser, Alla aktiviteter, Källor and Inlämning.",
  },
});
