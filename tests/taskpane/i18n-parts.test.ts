/**
 * Issue 18: the texts of the views after the first (Kontrollera, Inlämning, Sammanställ) are not
 * in the pane's first chunk; each view's module adds them when it loads, before it renders.
 */
import { hasUiKey, translate } from "../../src/taskpane/i18n";

describe("the pane's texts, part by part", () => {
  it("the shell's and Mall's texts from the start; a later view's once its module has loaded", async () => {
    expect(translate("sv", "tab.mall")).toBe("Mall");
    expect(hasUiKey("mall.heading")).toBe(true);
    expect(hasUiKey("check.heading")).toBe(false);
    expect(hasUiKey("submit.heading")).toBe(false);
    expect(hasUiKey("consolidate.heading")).toBe(false);

    await import("../../src/taskpane/views/CheckView");
    expect(translate("sv", "check.heading")).toBe("Kontrollera");
    expect(hasUiKey("rule.status.missing")).toBe(true);

    await import("../../src/taskpane/views/SubmitView");
    expect(hasUiKey("submit.heading")).toBe(true);

    await import("../../src/taskpane/views/ConsolidateView");
    expect(hasUiKey("consolidate.heading")).toBe(true);
  });
});
