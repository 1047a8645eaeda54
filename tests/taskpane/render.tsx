/** Renders a view inside the providers the pane uses (Fluent theme, language). */
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, type UiLang } from "../../src/taskpane/i18n";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../src/taskpane/settings";

export function renderInPane(ui: ReactElement, lang: UiLang = "sv") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </FluentProvider>,
  );
}

export function settings(overrides: Partial<PaneSettings> = {}): PaneSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** jsdom has no object URLs and cannot navigate; record the downloads instead. */
export function stubObjectUrls(): { created: Blob[]; downloads: string[] } {
  const created: Blob[] = [];
  const downloads: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    }),
    revokeObjectURL: jest.fn(),
  });
  return { created, downloads };
}
