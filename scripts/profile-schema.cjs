// npm run schema: writes docs/profile.schema.json, the JSON Schema of a vocabulary profile,
// generated from the zod ProfileSchema (src/core/profile/schema.ts) with zod v4's toJSONSchema.
// The schema is committed so that editors can validate a kommun's own profile ("$schema");
// tests/scripts/profile-schema.test.ts fails when it no longer matches the zod schema.
const fs = require("node:fs");
const path = require("node:path");

const SCHEMA_FILE = path.join(__dirname, "..", "docs", "profile.schema.json");

/** The JSON Schema document for a profile; `z` is zod, `ProfileSchema` the zod schema. */
function profileJsonSchema(z, ProfileSchema) {
  // "input": what a file may contain (the form a user writes), not what parsing returns.
  const generated = z.toJSONSchema(ProfileSchema, { target: "draft-2020-12", io: "input" });
  return {
    $schema: generated.$schema,
    title: "Uppföljning – vokabulärprofil",
    description:
      "Vilka termer som är tillåtna i en uppföljning och vad varje variant betyder (status, slutdatum, perspektiv). Se docs/profil.md.",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}

/** The file's text: stable key order from zod, two-space indent, final newline. */
function profileSchemaText(z, ProfileSchema) {
  return `${JSON.stringify(profileJsonSchema(z, ProfileSchema), null, 2)}\n`;
}

module.exports = { profileJsonSchema, profileSchemaText, SCHEMA_FILE };

if (require.main === module) {
  let ProfileSchema;
  try {
    ({ ProfileSchema } = require("../lib/core/profile/schema.js"));
  } catch {
    process.stderr.write("Fel: lib/ saknas. Kör npm run build:cli först.\n");
    process.exit(2);
  }
  const { z } = require("zod");
  fs.writeFileSync(SCHEMA_FILE, profileSchemaText(z, ProfileSchema));
  process.stdout.write(`Skrev ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
