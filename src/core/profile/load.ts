/**
 * Loading vocabulary profiles: the shipped standard profile, and a municipality's own profile
 * from JSON — validated with zod, every problem reported in Swedish with the field it concerns.
 */
import type { z } from "zod";
import { foldKey } from "../text/normalize";
import { ProfileSchema, type Profile } from "./schema";
import { standardProfile } from "./standard-profile";

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

export { standardProfile };

/** Validate a parsed JSON value as a profile; errors are Swedish and name the field path. */
export function parseProfile(json: unknown): ProfileResult {
  const parsed = ProfileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, json)) };
  }
  const errors = consistencyErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile: parsed.data };
}

/** Parse profile JSON text (a file the user picked); invalid JSON gets a Swedish message too. */
export function profileFromText(text: string): ProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        `Profilen är inte giltig JSON (${detail}). Kontrollera kommatecken, citattecken och klamrar.`,
      ],
    };
  }
  return parseProfile(json);
}

/** `["statuses", 2, "canonical"]` → `statuses[2].canonical`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = {
  string: "en text",
  number: "ett tal",
  int: "ett heltal",
  boolean: "sant eller falskt (true/false)",
  array: "en lista",
  object: "ett objekt",
  record: "ett objekt",
  null: "null",
};

function describeActual(value: unknown): string {
  if (value === undefined) return "saknas";
  if (value === null) return "null";
  if (Array.isArray(value)) return "en lista";
  switch (typeof value) {
    case "string":
      return "en text";
    case "number":
      return "ett tal";
    case "boolean":
      return "sant/falskt";
    case "object":
      return "ett objekt";
    default:
      return typeof value;
  }
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const field = formatPath(issue.path);
  const subject = field === "" ? "Profilen" : `Fältet "${field}"`;
  switch (issue.code) {
    case "invalid_type": {
      const actual = valueAt(root, issue.path);
      if (actual === undefined) return `${subject} saknas`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `${subject} ska vara ${expected} (är ${describeActual(actual)})`;
    }
    case "unrecognized_keys": {
      const keys = issue.keys.map((key) => `"${key}"`).join(", ");
      const word = issue.keys.length === 1 ? "okänt fält" : "okända fält";
      return field === "" ? `Profilen har ${word} ${keys}` : `${subject} har ${word} ${keys}`;
    }
    case "too_small": {
      if (issue.origin === "string") return `${subject} får inte vara tomt`;
      if (issue.origin === "array") {
        return issue.exact
          ? `${subject} ska ha exakt ${String(issue.minimum)} poster`
          : `${subject} ska ha minst ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? "post" : "poster"}`;
      }
      return `${subject} ska vara minst ${String(issue.minimum)}`;
    }
    case "too_big": {
      if (issue.origin === "array") {
        return issue.exact
          ? `${subject} ska ha exakt ${String(issue.maximum)} poster`
          : `${subject} får ha högst ${String(issue.maximum)} poster`;
      }
      if (issue.origin === "string")
        return `${subject} får ha högst ${String(issue.maximum)} tecken`;
      return `${subject} får vara högst ${String(issue.maximum)}`;
    }
    case "invalid_value": {
      const actual = valueAt(root, issue.path);
      const allowed = issue.values.map((value) => `"${String(value)}"`).join(", ");
      return `${subject} har ett okänt värde ${JSON.stringify(actual)}; tillåtna värden: ${allowed}`;
    }
    case "invalid_format": {
      const expected =
        issue.path[issue.path.length - 1] === "endMonthDay" ? " (ska vara MM-DD, t.ex. 08-31)" : "";
      return `${subject} har fel format${expected}`;
    }
    default:
      return `${subject} är ogiltigt (${issue.message})`;
  }
}

/** Rules a schema cannot express: one entry per category, and no variant meaning two things. */
function consistencyErrors(profile: Profile): string[] {
  const errors: string[] = [];
  const seenCategory = new Map<string, number>();
  const seenTerm = new Map<string, { index: number; category: string }>();
  profile.statuses.forEach((status, index) => {
    const earlier = seenCategory.get(status.category);
    if (earlier !== undefined) {
      errors.push(
        `Fältet "statuses[${index}].category": kategorin "${status.category}" finns redan i statuses[${earlier}]`,
      );
    } else {
      seenCategory.set(status.category, index);
    }
    for (const term of [status.canonical, ...status.synonyms]) {
      const key = foldKey(term);
      const other = seenTerm.get(key);
      if (other !== undefined && other.category !== status.category) {
        errors.push(
          `Fältet "statuses[${index}]": termen "${term}" betyder redan "${other.category}" i statuses[${other.index}]`,
        );
      } else if (other === undefined) {
        seenTerm.set(key, { index, category: status.category });
      }
    }
  });
  const seenPerspective = new Map<string, number>();
  profile.perspectives.forEach((perspective, index) => {
    for (const term of [perspective.name, ...perspective.synonyms]) {
      const key = foldKey(term);
      const other = seenPerspective.get(key);
      if (other !== undefined && other !== index) {
        errors.push(
          `Fältet "perspectives[${index}]": "${term}" hör redan till perspectives[${other}]`,
        );
      } else {
        seenPerspective.set(key, index);
      }
    }
  });
  return errors;
}
