/**
 * Perspectives (SPEC §2.3): Samhälle, Medborgare ("Medborgare/kund"), Ekonomi, Verksamhet,
 * Medarbetare. An area name from an older report ("Näringsliv") is kept as the value, unknown.
 */
import type { Profile } from "../profile/schema";
import { collapseSpace, foldKey, joinHyphenation } from "../text/normalize";

export interface ParsedPerspective {
  /** The profile's name when known, otherwise the text as written (tidied). */
  name: string;
  known: boolean;
}

/** Folded key with "Medborgare / kund" and "Medborgare/kund" alike. */
function perspectiveKey(text: string): string {
  return foldKey(text)
    .replace(/\s*\/\s*/g, "/")
    .replace(/^perspektiv\s*:\s*/, "");
}

const cache = new WeakMap<Profile, Map<string, string>>();

function namesByKey(profile: Profile): Map<string, string> {
  const cached = cache.get(profile);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const perspective of profile.perspectives) {
    for (const term of [perspective.name, ...perspective.synonyms])
      map.set(perspectiveKey(term), perspective.name);
  }
  cache.set(profile, map);
  return map;
}

export function parsePerspective(
  text: string | null | undefined,
  profile: Profile,
): ParsedPerspective | null {
  const tidy = collapseSpace(joinHyphenation(text ?? ""));
  if (tidy === "") return null;
  const name = namesByKey(profile).get(perspectiveKey(tidy));
  if (name !== undefined) return { name, known: true };
  return { name: tidy.replace(/[:.]$/, "").trim() || tidy, known: false };
}

/** A row holding only a perspective name of the profile ("Medborgare/kund", "Ekonomi"). */
export function isPerspectiveHeading(text: string | null | undefined, profile: Profile): boolean {
  return parsePerspective(text, profile)?.known === true;
}
