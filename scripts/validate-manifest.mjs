#!/usr/bin/env node
// Validates an Office add-in XML manifest against the official (2019) XSD schemas, offline.
//
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--schemas DIR]
// Exit code 0 = valid, 1 = schema errors (printed), 2 = the files could not be read.
//
// The schemas in scripts/manifest-schemas/ are verbatim copies that do not compile as they are
// (see the README there). The fixes are applied to an in-memory copy; the originals stay
// untouched so they can be compared with upstream. xmllint-wasm never touches the network:
// every imported schema is preloaded into its in-memory file system.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SCHEMA_DIR = path.join(here, "manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const CONTENT_OVERRIDES_SCHEMA = "ContentAppVersionOverridesV1_0.xsd";

// Never published upstream but imported by the main schema; a content add-in's overrides are
// irrelevant to a task-pane add-in, so accepting anything there is harmless.
const CONTENT_OVERRIDES_STUB = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
  targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides"
  elementFormDefault="qualified">
  <xs:element name="VersionOverrides" type="xs:anyType"/>
</xs:schema>
`;

/** The three repairs the schemas need before libxml2 accepts them. */
export function repairSchema(text) {
  return (
    text
      // A 2018 bulk http->https edit broke the XML Schema namespace itself.
      .replaceAll("https://www.w3.org/", "http://www.w3.org/")
      // Lazy quantifiers are not part of the XSD regular-expression language.
      .replaceAll("{0,3}?", "{0,3}")
  );
}

/** Loads and repairs every schema in `schemaDir`, main schema first. */
export async function loadSchemas(schemaDir = DEFAULT_SCHEMA_DIR) {
  const names = (await readdir(schemaDir)).filter((name) => name.endsWith(".xsd"));
  if (!names.includes(MAIN_SCHEMA)) {
    throw new Error(`${MAIN_SCHEMA} saknas i ${schemaDir}`);
  }
  const files = await Promise.all(
    names.map(async (fileName) => ({
      fileName,
      contents: repairSchema(await readFile(path.join(schemaDir, fileName), "utf8")),
    })),
  );
  if (!names.includes(CONTENT_OVERRIDES_SCHEMA)) {
    files.push({ fileName: CONTENT_OVERRIDES_SCHEMA, contents: CONTENT_OVERRIDES_STUB });
  }
  const main = files.find((file) => file.fileName === MAIN_SCHEMA);
  return { main, dependencies: files.filter((file) => file !== main) };
}

/**
 * Validates manifest XML text. Resolves to { valid, errors: string[] }; never rejects for an
 * invalid manifest, only for unreadable schemas.
 */
export async function validateManifestText(xml, { schemaDir, fileName = "manifest.xml" } = {}) {
  const { main, dependencies } = await loadSchemas(schemaDir);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [main],
    preload: dependencies,
  });
  return {
    valid: result.valid,
    errors: result.errors.map((error) => error.rawMessage.trim()),
  };
}

export async function validateManifestFile(manifestPath, options = {}) {
  const xml = await readFile(manifestPath, "utf8");
  return validateManifestText(xml, { ...options, fileName: path.basename(manifestPath) });
}

async function main(argv) {
  const args = [...argv];
  let schemaDir;
  const schemaFlag = args.indexOf("--schemas");
  if (schemaFlag >= 0) {
    schemaDir = args[schemaFlag + 1];
    args.splice(schemaFlag, 2);
  }
  const manifestPath = args[0] ?? "manifest.xml";
  let result;
  try {
    result = await validateManifestFile(manifestPath, { schemaDir });
  } catch (error) {
    console.error(`Kunde inte läsa manifest eller scheman: ${error.message}`);
    return 2;
  }
  if (result.valid) {
    console.log(`${manifestPath}: giltigt enligt ${MAIN_SCHEMA}`);
    return 0;
  }
  console.error(`${manifestPath}: ${result.errors.length} schemafel`);
  for (const error of result.errors) console.error(`  ${error}`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
