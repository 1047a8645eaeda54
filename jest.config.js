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
    // Fluent UI imports "scheduler", installed only under react-dom (see webpack.config.js).
    "^scheduler$": "<rootDir>/node_modules/react-dom/node_modules/scheduler",
    // office-addin-mock needs only the OfficeApp enum from office-addin-manifest.
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.js",
  },
  testTimeout: 30000,
};
