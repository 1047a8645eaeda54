/**
 * The one message catalogue (core, CLI and pane): both languages complete, placeholders and plural
 * forms consistent, keys typed. The `@ts-expect-error` lines are checked by `tsc --noEmit`: each
 * fails the type check if the error it expects goes away.
 */
import { catalogue } from "../../../src/core/i18n/catalogue";
import { defineMessages, LANGS, messages, t, type Lang } from "../../../src/core/i18n";
import { CORE_PARTS } from "../../../src/core/i18n/catalogues";
import { PANE_PARTS, paneMessages } from "../../../src/core/i18n/pane";
import { addPaneTexts, translate } from "../../../src/taskpane/i18n";
import { checkMessages } from "../../../src/core/i18n/pane/check";
import { STATUS_CATEGORIES } from "../../../src/core/model";
import { RULE_IDS } from "../../../src/core/validate";

// The pane's Kontrollera texts load with its view (as CheckView's module adds them).
addPaneTexts(checkMessages);

const CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// The whole catalogue: the core's parts and the pane's (each bound apart for its bundles).
const whole = catalogue(...CORE_PARTS, ...PANE_PARTS);
const texts = (lang: Lang) => whole.texts(lang);

describe("the message catalogue", () => {
  it("Swedish and English have the same keys, each with a text and the same placeholders", () => {
    expect([...texts("en").keys()].sort()).toEqual([...texts("sv").keys()].sort());
    for (const [key, sv] of texts("sv")) {
      const en = texts("en").get(key)!;
      expect({ key, sv: sv.trim() === "", en: en.trim() === "" }).toEqual({
        key,
        sv: false,
        en: false,
      });
      expect({ key, p: placeholders(en) }).toEqual({ key, p: placeholders(sv) });
    }
  });

  it("every plural key has exactly the forms Intl.PluralRules needs in both languages", () => {
    const forms = new Map<string, Set<string>>();
    for (const key of texts("sv").keys()) {
      const match = /^(.+)\.(zero|one|two|few|many|other)$/.exec(key);
      if (match) forms.set(match[1]!, (forms.get(match[1]!) ?? new Set()).add(match[2]!));
    }
    expect(forms.size).toBeGreaterThan(10);
    for (const lang of LANGS) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [base, have] of forms) {
        const present = CATEGORIES.filter((c) => texts(lang).has(`${base}.${c}`));
        expect({ base, lang, present }).toEqual({
          base,
          lang,
          present: CATEGORIES.filter((c) => needed.includes(c)),
        });
        // A base that is also a key of its own would shadow its plural forms.
        expect({ base, plain: texts(lang).has(base) }).toEqual({ base, plain: false });
        expect(have.size).toBeGreaterThan(0);
      }
    }
  });

  // Said only of more than one (rules/due.ts: `missing.length > 1`).
  const ONLY_MORE_THAN_ONE = ["validate.due.missing.emptyColumn"];
  it("no message puts a bare count before a plural noun outside a plural form (the old '{count} celler')", () => {
    for (const lang of LANGS) {
      const offenders = [...texts(lang)].filter(
        ([key, text]) =>
          !key.endsWith(".other") &&
          !ONLY_MORE_THAN_ONE.includes(key) &&
          /\{count\} (celler|ändringar|varningar|aktiviteter|filer|cells|changes|warnings|activities|files)\b/.test(
            text,
          ),
      );
      expect({ lang, offenders: offenders.map(([key]) => key) }).toEqual({ lang, offenders: [] });
    }
  });

  it("is one key space: the core's and the pane's parts define no key twice", () => {
    for (const lang of LANGS) {
      expect(texts(lang).size).toBe(messages.texts(lang).size + paneMessages.texts(lang).size);
      expect(paneMessages.texts(lang).size).toBeGreaterThan(200);
    }
    expect(paneMessages.has("validate.status.missing")).toBe(false);
    expect(messages.has("check.applied")).toBe(false);
  });

  it("the pane names every validation rule and status category of the core", () => {
    for (const rule of RULE_IDS)
      expect({ rule, has: paneMessages.has(`rule.${rule}`) }).toEqual({ rule, has: true });
    for (const category of STATUS_CATEGORIES)
      expect({ category, has: paneMessages.has(`category.${category}`) }).toEqual({
        category,
        has: true,
      });
  });
});

describe("t", () => {
  it("fills placeholders and picks the plural form by count, in the core and the pane alike", () => {
    expect(t("sv", "fix.skip.sheetMissing", { sheet: "Blad1", cell: "B7" })).toBe(
      "Bladet Blad1 finns inte längre; ändringen i B7 görs inte.",
    );
    expect(t("sv", "stamp.refused", { count: 1 })).toBe(t("sv", "stamp.refused.one"));
    expect(t("en", "stamp.refused", { count: 2 })).toContain("has 2 errors");
    expect(translate("en", "check.applied", { count: 1 })).toBe("1 cell was fixed.");
  });

  it("refuses a key defined by two parts", () => {
    const part = defineMessages({ sv: { "x.y": "a" }, en: { "x.y": "b" } });
    expect(() => catalogue(part, part).t("sv", "x.y")).toThrow(/x\.y/);
  });

  it("types keys and parameters; what slips past the types stays visible at run time", () => {
    // @ts-expect-error an unknown key does not compile
    expect(t("sv", "validate.no.such.key")).toBe("validate.no.such.key");
    // @ts-expect-error a plural form's base needs a count
    expect(translate("sv", "check.applied")).toBe("{count} celler rättades.");
    // @ts-expect-error a text's placeholders must be given
    expect(t("sv", "fix.skip.sheetMissing", { sheet: "Blad1" })).toBe(
      "Bladet Blad1 finns inte längre; ändringen i {cell} görs inte.",
    );
    // @ts-expect-error the pane's translate knows only the pane's keys
    expect(translate("sv", "validate.status.missing", { activity: "", terms: "" })).toBe(
      "validate.status.missing",
    );
    // @ts-expect-error English must have every Swedish key
    expect(defineMessages({ sv: { "x.a": "a", "x.b": "b" }, en: { "x.a": "a" } }).en).toEqual({
      "x.a": "a",
    });
    // @ts-expect-error and no other
    expect(defineMessages({ sv: { "x.a": "a" }, en: { "x.a": "a", "x.c": "c" } }).sv).toEqual({
      "x.a": "a",
    });
  });
});
