/**
 * The timeout a test ran under, read from its source (jest's results carry each test's duration
 * and, with `testLocationInResults`, the line of its `it(…)`, but not its timeout):
 *   1. a numeric literal as the test call's last argument: `it("…", fn, 60_000)`, `it.each(…)("…", fn, 60_000)`;
 *   2. else the file's `jest.setTimeout(<numeric literal>)`;
 *   3. else the configured `testTimeout`.
 * A timeout given by a name or an expression (`it("…", fn, LONG)`) is not followed: such a test is
 * measured against 2 or 3. Hooks (beforeAll …) have no duration in the results and are not covered.
 * The source is parsed with TypeScript's parser (a syntax tree, no type check), once per file, on
 * first use (the reporter asks only about tests that took a second or more).
 */
const fs = require("node:fs");

const TEST_CALLS = new Set(["it", "test", "fit", "xit", "xtest"]);

/** `it`, `test.only`, `it.each(…)` …: the identifier the callee chain starts from. */
function rootName(ts, callee) {
  let node = callee;
  for (;;) {
    if (ts.isPropertyAccessExpression(node)) node = node.expression;
    else if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node))
      node = ts.isCallExpression(node) ? node.expression : node.tag;
    else break;
  }
  return ts.isIdentifier(node) ? node.text : undefined;
}

function numberOf(ts, node) {
  return node && ts.isNumericLiteral(node) ? Number(node.text.replace(/_/g, "")) : undefined;
}

/** Per file: the `jest.setTimeout` value and the explicit timeout of each test call by its line. */
function scanFile(ts, file) {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const byLine = new Map();
  let fileTimeout;
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === "setTimeout" &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === "jest"
      ) {
        fileTimeout ??= numberOf(ts, node.arguments[0]);
      } else if (TEST_CALLS.has(rootName(ts, callee)) && node.arguments.length >= 2) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        // The outermost call on a line wins: `it.each(table)("…", fn, t)` holds `it.each(table)`.
        if (!byLine.has(line)) byLine.set(line, numberOf(ts, node.arguments[2]));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { fileTimeout, byLine };
}

/** A lookup `(file, line?) => timeout in ms`, with files parsed once, on first use. */
function timeoutLookup(defaultTimeout) {
  let ts;
  const files = new Map();
  return (file, line) => {
    if (!files.has(file)) {
      ts ??= require("typescript");
      let scanned = { fileTimeout: undefined, byLine: new Map() };
      try {
        scanned = scanFile(ts, file);
      } catch {
        // Unreadable source: measured against the configured timeout.
      }
      files.set(file, scanned);
    }
    const { fileTimeout, byLine } = files.get(file);
    return (line !== undefined ? byLine.get(line) : undefined) ?? fileTimeout ?? defaultTimeout;
  };
}

module.exports = { timeoutLookup };
