/**
 * After jest's own summary: the tests that took more than a third of their timeout (a warning,
 * not a failure: durations depend on the machine's load; the rule is to keep every test 3× from
 * its timeout), then the run's plain closing line ("N passed, N failed, N skipped") that CI reads,
 * always last.
 *
 * Each test's duration comes from jest's results; its timeout from its source
 * (./test-timeouts.js: the test's own timeout argument, else the file's jest.setTimeout, else
 * the configured testTimeout). Tests under a second are never listed (no test here has a
 * timeout under 3 s). beforeAll/afterAll hooks have no duration in the results: a long hook
 * gives its timeout with a comment saying why.
 */
const path = require("node:path");
const { timeoutLookup } = require("./test-timeouts");

const SHORTEST_LISTED_MS = 1000;
const JEST_DEFAULT_TIMEOUT_MS = 5000;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.timeoutOf = timeoutLookup(globalConfig.testTimeout || JEST_DEFAULT_TIMEOUT_MS);
  }

  /** Tests over a third of their timeout, slowest (relative to the timeout) first. */
  slowTests(results) {
    const slow = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (!(test.duration >= SHORTEST_LISTED_MS)) continue;
        const timeout = this.timeoutOf(file.testFilePath, test.location?.line);
        if (test.duration * 3 > timeout) {
          slow.push({
            file: path.relative(this.rootDir, file.testFilePath),
            name: test.fullName,
            duration: test.duration,
            timeout,
          });
        }
      }
    }
    return slow.sort((a, b) => b.duration / b.timeout - a.duration / a.timeout);
  }

  onRunComplete(_contexts, results) {
    const slow = this.slowTests(results);
    if (slow.length > 0) {
      const lines = slow.map(
        (t) => `  ${seconds(t.duration)} of ${seconds(t.timeout)}  ${t.file} › ${t.name}`,
      );
      process.stdout.write(
        `\nSlow tests, over a third of their timeout (a warning; durations depend on load):\n${lines.join("\n")}\n`,
      );
    }
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
  }
}
module.exports = SummaryReporter;
