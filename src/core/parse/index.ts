/** The vocabulary parsers of the domain core (SPEC §2–§3). */
export {
  parseStatus,
  statusFromComment,
  statusLight,
  canonicalLabel,
  type ParsedStatus,
} from "./status";
export { parseDue, isDueUnknown } from "./due";
export { dueToAllowedTerm, dueSuggestion } from "./due-terms";
export {
  cutoffFor,
  parsePeriodPhrase,
  isValidIsoDate,
  lastDayOfMonth,
  isLeapYear,
  toIsoDate,
  type PeriodPhrase,
} from "./period";
export { parsePerspective, isPerspectiveHeading, type ParsedPerspective } from "./perspective";
export {
  parseAssignmentRefs,
  formatAssignmentRef,
  formatAssignmentRefs,
  parseRegisterList,
  boardsOf,
} from "./assignment";
