/** The parsers' helpers the rules use, in one place so the rules never care where they live. */
export {
  cutoffFor,
  isValidIsoDate,
  isDueUnknown,
  dueToAllowedTerm,
  dueSuggestion,
  parseDue,
  parsePerspective,
} from "../parse";
