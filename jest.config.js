/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/tests/support/file-stub.js",
    // office-addin-mock needs only the OfficeApp enum from office-addin-manifest.
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.js",
  },
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.js"],
};
