/**
 * Three projects, so a developer can run the fast ones alone:
 *   npx jest --selectProjects unit        core, adapters, CLI, scripts (node; a few files jsdom)
 *   npx jest --selectProjects component   the pane's views in jsdom (tests/taskpane)
 *   npx jest --selectProjects e2e         the built pane and pages in Chromium (tests/e2e)
 * Bare `jest` (and so `npm test`) runs all three.
 */
const shared = {
  testEnvironment: "node",
  // Each test's line in the results: tests/support/summary-reporter.js finds its timeout there.
  testLocationInResults: true,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/tests/support/file-stub.js",
    // office-addin-mock needs only the OfficeApp enum from office-addin-manifest.
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.js",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/taskpane/", "<rootDir>/tests/e2e/"],
    },
    {
      ...shared,
      displayName: "component",
      roots: ["<rootDir>/tests/taskpane"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
    },
    {
      ...shared,
      displayName: "e2e",
      roots: ["<rootDir>/tests/e2e"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
    },
  ],
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.js"],
};
