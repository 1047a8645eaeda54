/**
 * The one place the structuring engine imports the cell parsers from (src/core/parse/), so the
 * engine never grows its own copies of them.
 */
export {
  cutoffFor,
  isPerspectiveHeading,
  parseAssignmentRefs,
  parseDue,
  parsePerspective,
  parsePeriodPhrase,
  parseRegisterList,
  parseStatus,
  statusFromComment,
} from "../parse";
