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
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
      "no-eval": "error",
    },
  },
  {
    files: ["src/workbook/office/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
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
  prettier,
);
