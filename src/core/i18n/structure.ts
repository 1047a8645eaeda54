/**
 * Messages of structuring (SPEC §5): the notes on what was read, inferred or skipped, the reasons a
 * cell could not be placed, and why a sheet has no activity table. Column names (Aktivitet,
 * Status, …) stay the template's Swedish names in both languages: they are what the sheet says.
 */
import { defineMessages } from "./types";

export const structureMessages = defineMessages({
  sv: {
    "structure.noHeader":
      'Hittade ingen rubrikrad för aktiviteter på bladet "{sheet}". Letade efter kolumnerna {lookedFor}.{candidate} Ange själv vilken kolumn som är vad: i panelen under Mall → Vilken kolumn är vad?, eller med columnMappings i profilen (docs/profil.md).',
    "structure.noHeader.candidate":
      " Bäst stämmer rad {row}, som har {matched}, men en rubrikrad behöver kolumnen Aktivitet och minst en av Status, Slutdatum, Kommentar eller Nämndmål.",
    "structure.noHeader.noCandidate": " Ingen rad liknar en rubrikrad.",
    "structure.column":
      "Kolumn {column} ({heading}) lästes som {field} enligt {evidence}{counted}.",
    "structure.column.noHeading": "utan rubrik",
    "structure.column.counted": " ({matched} av {sampled} celler)",
    "structure.column.evidence.header": "rubriken",
    "structure.column.evidence.values": "värdena under rubriken",
    "structure.column.evidence.assignment-column":
      "rubriken Uppdrag (tabellen har ingen annan aktivitetskolumn, så uppdragen är aktiviteterna)",
    "structure.column.evidence.mapping": "din kolumnmappning i profilen",
    "structure.header.repeated": "Rad {row} upprepar rubrikraden (sidbrytning) och hoppades över.",
    "structure.header.new":
      "Rad {row} är en ny rubrikrad med andra kolumner; kolumnerna läses härifrån enligt den.",
    "structure.meta.empty": "Rubrikfältet {label} är tomt ({cell}).",
    "structure.meta.read": "{label}: {value} (läst från {cell}).",
    "structure.meta.skipped": 'Texten i {cell} i rubrikblocket hoppades över: "{text}".',
    "structure.title.skipped": 'Rad {row} är rubrik eller inledning och hoppades över: "{text}".',
    "structure.profile.differs":
      'Bladet anger profilen "{named}"; strukturerat med profilen "{used}".',
    "structure.status.inferred":
      'Status i {cell} tolkades som "{status}" utifrån texten; bekräfta den.',
    "structure.commonGoal.empty": "Rad {row}: kommunövergripande mål utan text.",
    "structure.commonGoal.read": 'Kommunövergripande mål från {cell}: "{text}".',
    "structure.commonGoal.ownRow":
      "Kommunövergripande mål på en rad utan aktivitet ({cell}) gäller aktiviteterna under.",
    "structure.groupHeading.skipped":
      'Rad {row} är en grupprubrik ("{text}") och läses inte som en aktivitet.',
    "structure.groupHeading.responsible":
      'Rad {row} är en grupprubrik ("{text}") och anges som ansvarig för aktiviteterna under.',
    "structure.perspective.heading": "Perspektiv {name} från {cell} gäller aktiviteterna under.",
    "structure.perspective.ownRow":
      "Perspektiv på en rad utan aktivitet ({cell}) gäller aktiviteterna under.",
    "structure.perspective.unknown":
      '"{text}" ({cell}) är inget perspektiv i profilen; värdet behålls.',
    "structure.perspective.unknownHeading":
      '"{text}" ({cell}) är inget perspektiv i profilen; det behålls som perspektiv (område) för aktiviteterna under.',
    "structure.goal.continued": "{cell} fortsätter nämndmålet ovanför (efter sidbrytning).",
    "structure.goal.ownRow": "Nämndmål på egen rad ({cell}) gäller aktiviteterna under.",
    "structure.unplaced.one": "{count} cell kunde inte placeras i något fält; se listan.",
    "structure.unplaced.other": "{count} celler kunde inte placeras i något fält; se listan.",
    "structure.unplaced.noField": "Kolumnen har ingen rubrik som motsvarar ett fält i mallen.",
    "structure.unplaced.loneNumber":
      "Ett ensamt tal på en rad (troligen ett sidnummer) hör inte till någon aktivitet.",
    "structure.unplaced.continuationConflict":
      "Raden fortsätter aktiviteten ovanför men har ett annat värde i den här kolumnen.",
    "structure.unplaced.goalWithoutActivity":
      "Raden har ett nämndmål men ingen aktivitet som texten kan höra till.",
    "structure.unplaced.beforeFirstActivity":
      "Raden saknar aktivitet och kommer före den första aktiviteten.",
    "structure.unplaced.assignmentRef": "Uppdragshänvisningen kunde inte tolkas.",
  },
  en: {
    "structure.noHeader":
      'Found no header row for activities on the sheet "{sheet}". Looked for the columns {lookedFor}.{candidate} Say yourself which column is what: in the pane under Template → Which column is what?, or with columnMappings in the profile (docs/profil.md).',
    "structure.noHeader.candidate":
      " Row {row} comes closest, with {matched}, but a header row needs the column Aktivitet and at least one of Status, Slutdatum, Kommentar or Nämndmål.",
    "structure.noHeader.noCandidate": " No row looks like a header row.",
    "structure.column": "Column {column} ({heading}) was read as {field} by {evidence}{counted}.",
    "structure.column.noHeading": "without a heading",
    "structure.column.counted": " ({matched} of {sampled} cells)",
    "structure.column.evidence.header": "its heading",
    "structure.column.evidence.values": "the values under its heading",
    "structure.column.evidence.assignment-column":
      "the heading Uppdrag (the table has no other activity column, so the assignments are the activities)",
    "structure.column.evidence.mapping": "your column mapping in the profile",
    "structure.header.repeated": "Row {row} repeats the header row (page break) and was skipped.",
    "structure.header.new":
      "Row {row} is a new header row with other columns; the columns are read by it from here on.",
    "structure.meta.empty": "The header field {label} is empty ({cell}).",
    "structure.meta.read": "{label}: {value} (read from {cell}).",
    "structure.meta.skipped": 'The text in {cell} in the header block was skipped: "{text}".',
    "structure.title.skipped": 'Row {row} is a title or introduction and was skipped: "{text}".',
    "structure.profile.differs":
      'The sheet names the profile "{named}"; it was structured with the profile "{used}".',
    "structure.status.inferred":
      'The status in {cell} was read as "{status}" from the text; confirm it.',
    "structure.commonGoal.empty": "Row {row}: municipality-wide goal without text.",
    "structure.commonGoal.read": 'Municipality-wide goal from {cell}: "{text}".',
    "structure.commonGoal.ownRow":
      "The municipality-wide goal on a row without an activity ({cell}) applies to the activities below.",
    "structure.groupHeading.skipped":
      'Row {row} is a group heading ("{text}") and is not read as an activity.',
    "structure.groupHeading.responsible":
      'Row {row} is a group heading ("{text}") and is given as responsible for the activities below.',
    "structure.perspective.heading":
      "Perspective {name} from {cell} applies to the activities below.",
    "structure.perspective.ownRow":
      "The perspective on a row without an activity ({cell}) applies to the activities below.",
    "structure.perspective.unknown":
      '"{text}" ({cell}) is not a perspective in the profile; the value is kept.',
    "structure.perspective.unknownHeading":
      '"{text}" ({cell}) is not a perspective in the profile; it is kept as the perspective (area) of the activities below.',
    "structure.goal.continued": "{cell} continues the board goal above (after a page break).",
    "structure.goal.ownRow":
      "The board goal on its own row ({cell}) applies to the activities below.",
    "structure.unplaced.one": "{count} cell could not be placed in any field; see the list.",
    "structure.unplaced.other": "{count} cells could not be placed in any field; see the list.",
    "structure.unplaced.noField": "The column has no heading that matches a field of the template.",
    "structure.unplaced.loneNumber":
      "A lone number on a row (probably a page number) belongs to no activity.",
    "structure.unplaced.continuationConflict":
      "The row continues the activity above but has another value in this column.",
    "structure.unplaced.goalWithoutActivity":
      "The row has a board goal but no activity the text could belong to.",
    "structure.unplaced.beforeFirstActivity":
      "The row has no activity and comes before the first activity.",
    "structure.unplaced.assignmentRef": "The assignment reference could not be read.",
  },
});
