import { pluralCategory, t } from "../../../src/core/i18n";

describe("plural forms (Intl.PluralRules)", () => {
  it("Swedish and English: one for 1, other for 0, 2 and 21", () => {
    for (const lang of ["sv", "en"] as const) {
      expect([0, 1, 2, 21].map((n) => pluralCategory(lang, n))).toEqual(["other", "one", "other", "other"]);
    }
  });
  it("a message with forms is asked for by its base key and a count", () => {
    expect(t("sv", "validate.perspective.rows", { count: 1, rows: "7" })).toBe("rad 7");
    expect(t("sv", "validate.perspective.rows", { count: 2, rows: "7, 9" })).toBe("2 rader (7, 9)");
    expect(t("en", "validate.perspective.rows", { count: 1, rows: "7" })).toBe("row 7");
  });
});
