// ESLint 9 flat config: typescript-eslint (recommended, not strict), the Office add-in rules,
// and eslint-config-prettier last so that formatting is left to Prettier (`npm run format`).
//
// eslint-plugin-office-addins ships flat configs, but they register their own, older copy of
// the @typescript-eslint plugin (a "Cannot redefine plugin" clash with typescript-eslint) and
// run Prettier as a lint rule. So only its plugin object is used here, with its rules wired by
// hand at the severities of its "recommended" config, on the code that uses Office.js (the
// ExcelJS adapter has .load-free objects the rules would misread), except: the two "read before
// load/sync" rules are warnings, because they misread navigation properties
// (`sheet.protection.protected` after `sheet.protection.load("protected")`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

const officeAddinRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "warn",
  "office-addins/load-object-before-read": "warn",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

// The layers (README "Architecture"), enforced: the core is pure and knows only its own port;
// the pane reaches a workbook through the core's workflow and the adapters' entry points; the
// two adapters share only workbook/spec/. tests/lint/layers.test.ts proves each rule fires.
// Regexes over the import text: a folder counts only when the path climbs into it ("../"), so
// core/workflow's own "./workbook" module is not the workbook layer.
const NODE_BUILTINS =
  "^(node:|(fs|path|os|crypto|zlib|child_process|url|util|stream|worker_threads)(/|$))";
const into = (...folders) => `(^|/)\\.\\./(\\.\\./)*(${folders.join("|")})(/|$)`;
const CALLERS = {
  regex: into("taskpane", "cli"),
  message: "An adapter does not know its callers.",
};
export const layerRules = {
  core: {
    files: ["src/core/**/*.{ts,tsx}"],
    patterns: [
      {
        regex: into("workbook", "taskpane", "cli", "commands"),
        message:
          "src/core is pure: the adapters, the pane and the CLI depend on it, never the other way.",
      },
      {
        regex: "^(react|react-dom|@fluentui|exceljs)(/|$)",
        message: "src/core is pure: no UI or ExcelJS.",
      },
      {
        regex: NODE_BUILTINS,
        message: "src/core is pure: no Node APIs (the CLI gives it bytes and text).",
      },
    ],
    globals: ["Excel", "Office", "document", "window"],
  },
  taskpane: {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    patterns: [
      {
        regex: "(^|/)workbook/((office|file)/(?!(office|file)-workbook$)|spec(/|$))",
        message:
          "The pane uses the adapters only through OfficeWorkbook / FileWorkbook (and the core's workflow), never their internals.",
      },
      {
        regex: "^exceljs(/|$)",
        message: "The pane never loads ExcelJS itself: the file adapter does.",
      },
      { regex: NODE_BUILTINS, message: "The pane runs in a browser: no Node APIs." },
    ],
    globals: ["Excel"],
  },
  office: {
    files: ["src/workbook/office/**/*.{ts,tsx}"],
    patterns: [
      {
        regex: into("file"),
        message:
          "The Office adapter never imports the file adapter: what both need lives in src/workbook/spec/.",
      },
      { regex: "^exceljs(/|$)", message: "The Office adapter never loads ExcelJS." },
      CALLERS,
    ],
    globals: [],
  },
  file: {
    files: ["src/workbook/file/**/*.{ts,tsx}"],
    patterns: [
      {
        regex: into("office"),
        message:
          "The file adapter never imports the Office adapter: what both need lives in src/workbook/spec/.",
      },
      CALLERS,
    ],
    globals: ["Excel", "Office"],
  },
  spec: {
    files: ["src/workbook/spec/**/*.{ts,tsx}"],
    patterns: [
      {
        regex: into("office", "file"),
        message: "src/workbook/spec is shared by both adapters and depends on neither.",
      },
      {
        regex: "^exceljs(/|$)",
        message: "src/workbook/spec is pure: the ExcelJS parts stay in the file adapter.",
      },
      CALLERS,
    ],
    globals: ["Excel", "Office"],
  },
};

const layerConfigs = Object.values(layerRules).map(({ files, patterns, globals }) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns }],
    "no-restricted-globals": [
      "error",
      ...globals.map((name) => ({
        name,
        message: `${name} is not available in this layer (README "Architecture").`,
      })),
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "lib/",
      "out/",
      "coverage/",
      "node_modules/",
      "test-results/",
      "bench-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Non-null assertions are a deliberate tool with noUncheckedIndexedAccess.
      "@typescript-eslint/no-non-null-assertion": "off",
      // `interface Named extends Other {}` is a legitimate way to name a type.
      "@typescript-eslint/no-empty-object-type": [
        "error",
        { allowInterfaces: "with-single-extends" },
      ],
      "no-eval": "error",
    },
  },
  {
    files: [
      "src/workbook/office/**/*.{ts,tsx}",
      "src/taskpane/**/*.{ts,tsx}",
      "src/commands/**/*.{ts,tsx}",
    ],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinRules,
  },
  {
    // The browser side: the pane and the ribbon function file.
    files: ["src/taskpane/**", "src/commands/**", "src/workbook/office/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node side: build scripts, configs, the CLI's bin.
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["tests/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  ...layerConfigs,
  {
    // Typed linting, only where it pays: a promise nobody awaits loses its error (an Office.js
    // batch that fails silently, a write that races the next one).
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  },
  prettier,
);
