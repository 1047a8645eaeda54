/** docs/profile.schema.json is generated from the zod ProfileSchema (npm run schema) and must stay in step. */
import * as fs from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { z } from "zod";
import { ProfileSchema } from "../../src/core/profile/schema";
import { standardProfile } from "../../src/core/profile/load";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { profileSchemaText, SCHEMA_FILE } = require("../../scripts/profile-schema.cjs") as {
  profileSchemaText: (zod: typeof z, schema: typeof ProfileSchema) => string;
  SCHEMA_FILE: string;
};

describe("docs/profile.schema.json", () => {
  const committed = fs.readFileSync(SCHEMA_FILE, "utf8");

  it("equals the schema generated from ProfileSchema (run npm run schema after changing it)", () => {
    expect(committed).toBe(profileSchemaText(z, ProfileSchema));
  });

  it("accepts the shipped standard profile and rejects what zod rejects", () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));
    expect(validate(standardProfile)).toBe(true);
    const unknownField = { ...standardProfile, extra: true };
    expect(validate(unknownField)).toBe(false);
    expect(ProfileSchema.safeParse(unknownField).success).toBe(false);
    const badLight = { ...standardProfile, statuses: [{ ...standardProfile.statuses[0]!, light: "blue" }] };
    expect(validate(badLight)).toBe(false);
    expect(ProfileSchema.safeParse(badLight).success).toBe(false);
  });
});
