/** Issue 16: "Rätta 1 celler", "1 celler rättades", "1 varningar" — the pane's plural forms, sv and en. */
import { CATALOGUES, translate } from "../../src/taskpane/i18n";

describe("the pane's plural forms", () => {
  it("one and other, Swedish and English", () => {
    expect(translate("sv", "check.preview.confirm", { count: 1 })).toBe("Rätta 1 cell");
    expect(translate("sv", "check.preview.confirm", { count: 2 })).toBe("Rätta 2 celler");
    expect(translate("sv", "check.applied", { count: 1 })).toBe("1 cell rättades.");
    expect(translate("sv", "check.summary.warnings", { count: 1 })).toBe("1 varning");
    expect(translate("sv", "check.summary.warnings", { count: 0 })).toBe("0 varningar");
    expect(translate("sv", "submit.doneDetail", { count: 1, time: "2024-09-02 10:15" })).toBe("Stämplad 2024-09-02 10:15 · 1 aktivitet");
    expect(translate("en", "check.applied", { count: 1 })).toBe("1 cell was fixed.");
    expect(translate("en", "check.summary.infos", { count: 3 })).toBe("3 notes");
  });

  it("every plural key has both forms in both catalogues", () => {
    for (const lang of ["sv", "en"] as const) {
      const keys = Object.keys(CATALOGUES[lang]);
      for (const key of keys.filter((k) => k.endsWith(".one"))) expect(keys).toContain(key.replace(/\.one$/, ".other"));
    }
  });

  it("no message puts a bare count before a plural noun (the old '{count} celler')", () => {
    for (const lang of ["sv", "en"] as const) {
      const offenders = Object.entries(CATALOGUES[lang]).filter(
        ([key, text]) => !key.endsWith(".other") && /\{count\} (celler|ändringar|varningar|aktiviteter|cells|changes|warnings|activities)\b/.test(text),
      );
      expect(offenders.map(([key]) => key)).toEqual([]);
    }
  });
});
