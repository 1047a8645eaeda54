/** Issue 16: "Rätta 1 celler", "1 celler rättades", "1 varningar" — the pane's plural forms, sv and en. */
import { addPaneTexts, translate } from "../../src/taskpane/i18n";
import { checkMessages } from "../../src/core/i18n/pane/check";
import { submitMessages } from "../../src/core/i18n/pane/submit";
import { consolidateMessages } from "../../src/core/i18n/pane/consolidate";

// These views' texts load with the views (as their modules do when the pane fetches them).
addPaneTexts(checkMessages, submitMessages, consolidateMessages);

describe("the pane's plural forms", () => {
  it("one and other, Swedish and English", () => {
    expect(translate("sv", "check.preview.confirm", { count: 1 })).toBe("Rätta 1 cell");
    expect(translate("sv", "check.preview.confirm", { count: 2 })).toBe("Rätta 2 celler");
    expect(translate("sv", "check.applied", { count: 1 })).toBe("1 cell rättades.");
    expect(translate("sv", "check.summary.warnings", { count: 1 })).toBe("1 varning");
    expect(translate("sv", "check.summary.warnings", { count: 0 })).toBe("0 varningar");
    expect(translate("sv", "submit.doneDetail", { count: 1, time: "2024-09-02 10:15" })).toBe(
      "Stämplad 2024-09-02 10:15 · 1 aktivitet",
    );
    expect(translate("en", "check.applied", { count: 1 })).toBe("1 cell was fixed.");
    expect(translate("en", "check.summary.infos", { count: 3 })).toBe("3 notes");
  });

  it("the submission overview's counts that used to be two keys each", () => {
    expect(translate("sv", "consolidate.submission.unreadable", { count: 1 })).toBe(
      "1 fil kunde inte läsas (se Källor).",
    );
    expect(translate("sv", "consolidate.submission.unreadable", { count: 3 })).toBe(
      "3 filer kunde inte läsas (se Källor).",
    );
    expect(translate("en", "consolidate.submission.errors", { count: 1 })).toBe(
      "Errors in the report (1 error)",
    );
    expect(translate("en", "consolidate.submission.errors", { count: 2 })).toBe(
      "Errors in the report (2 errors)",
    );
  });
});
