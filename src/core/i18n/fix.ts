/** Messages of fix plans, the change log and reverts. */
import { defineMessages } from "./types";

export const fixMessages = defineMessages({
  sv: {
    "fix.skip.sameCell":
      "Cellen {cell} har redan en ändring i planen (regel {rule}); bara den första tas med.",
    "fix.skip.changed":
      "Cellen {cell} på bladet {sheet} har ändrats sedan kontrollen (nu {current}, väntat {expected}); den ändras inte. Kontrollera igen.",
    "fix.skip.sheetMissing": "Bladet {sheet} finns inte längre; ändringen i {cell} görs inte.",
    "fix.revert.nothing": "Det finns ingen ändring att ångra.",
    "fix.revert.changed":
      "Cellen {cell} på bladet {sheet} har ändrats efter ändringen (nu {current}); den återställs inte.",
  },
  en: {
    "fix.skip.sameCell":
      "Cell {cell} already has a change in the plan (rule {rule}); only the first is kept.",
    "fix.skip.changed":
      "Cell {cell} on sheet {sheet} has changed since the validation (now {current}, expected {expected}); it is left as it is. Validate again.",
    "fix.skip.sheetMissing": "Sheet {sheet} no longer exists; the change to {cell} is not made.",
    "fix.revert.nothing": "There is no change to undo.",
    "fix.revert.changed":
      "Cell {cell} on sheet {sheet} was changed after the fix (now {current}); it is not restored.",
  },
});
