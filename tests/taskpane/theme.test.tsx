/** @jest-environment jsdom */
/** Issue 16: standalone follows the system's dark theme; forced colours grey out disabled buttons. */
import { fakeMatchMedia } from "../support/jsdom-setup";
import { render } from "@testing-library/react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { DARK_SCHEME, useForcedColorStyles, usePaneTheme } from "../../src/taskpane/theme";
import type { HostMode } from "../../src/taskpane/services";

function prefersDark(dark: boolean): void {
  window.matchMedia = fakeMatchMedia((query) => dark && query === DARK_SCHEME);
}

function themeFor(mode: HostMode): Theme {
  let theme: Theme | null = null;
  function Probe() {
    theme = usePaneTheme(mode);
    return null;
  }
  render(<Probe />);
  return theme!;
}

describe("the pane's theme", () => {
  it("standalone in a dark system: Fluent's dark theme; light otherwise and inside Excel", () => {
    prefersDark(true);
    expect(themeFor("standalone")).toBe(webDarkTheme);
    expect(themeFor("excel")).toBe(webLightTheme);
    prefersDark(false);
    expect(themeFor("standalone")).toBe(webLightTheme);
  });

  it("forced colours: a disabled button is drawn in GrayText", () => {
    function Root() {
      return <div className={useForcedColorStyles().root} />;
    }
    render(<Root />);
    const css = Array.from(document.querySelectorAll("style"))
      .flatMap((style) => Array.from(style.sheet?.cssRules ?? []).map((rule) => rule.cssText))
      .join("\n");
    expect(css).toMatch(/@media \(forced-colors: active\)\s*\{[^}]*button:disabled\s*\{[^}]*color:\s*GrayText/i);
  });
});
