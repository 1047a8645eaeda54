/**
 * Fluent UI's styles (Griffel) for one test only. By default Griffel keeps one renderer per
 * document, so the CSS rules of every component any earlier test in the file rendered stay in
 * <head>; jsdom's getComputedStyle matches every rule of every sheet against the element and each
 * of its ancestors, so axe (which asks for every node) and user-event (pointer-events on each
 * click) slow down with each test. A renderer of its own per test, removed after the test, gives
 * the view exactly the rules its components insert, as in the pane.
 */
import { useState, type ReactNode } from "react";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";

const MARK = "data-test-styles";

export function TestStyles({ children }: { children: ReactNode }) {
  const [renderer] = useState(() =>
    createDOMRenderer(document, { styleElementAttributes: { [MARK]: "" } }),
  );
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      {children}
    </RendererProvider>
  );
}

if (typeof afterEach === "function") {
  afterEach(() => {
    for (const element of document.head.querySelectorAll(`style[${MARK}]`)) element.remove();
  });
}
