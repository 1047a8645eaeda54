/** activity.required and duplicate.activity. */
import type { Activity } from "../../model";
import { rawFinding, type RawFinding, type Rule } from "../types";
import { isSpace } from "../../text/normalize";
import { isBlank, quote } from "./util";

export const activityRequired: Rule = {
  id: "activity.required",
  defaultSeverity: "error",
  check(ctx) {
    // Every activity the structuring found came from a row with content; the text is what may be missing.
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (isBlank(activity.activity)) findings.push(rawFinding({ activity, field: "activity" }, null, ctx.msg("activity.required")));
    }
    return findings;
  },
};

/**
 * The duplicate key: case and whitespace folded. Cheaper than foldKey (no Unicode normalisation);
 * a pasted duplicate differs in case or spacing, not in diacritics.
 */
function duplicateKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A hash of the lower-cased non-whitespace characters: equal for any two texts with the same
 * duplicateKey, and cheap (no new string per text). Only activities sharing it are compared by
 * their full key. A mere character count (what this was) put most of 10,000 activities into shared
 * buckets, so nearly every text was folded and hashed anyway.
 *
 * Only the first and the last SIGNATURE_UNITS of those characters are hashed: two texts alike at
 * both ends and different in between only share a bucket (their full keys tell them apart), and a
 * paragraph is not read whole for every activity.
 *
 * Lower-casing one code unit at a time gives what String#toLowerCase gives the whole text (checked
 * for every code point) except for the final sigma (Σ → ς at a word end, σ elsewhere), so ς counts
 * as σ. Surrogates are skipped: supplementary characters lower-case to supplementary characters.
 */
function signature(text: string): number {
  // The first units, then the last ones backwards, with other multipliers.
  const hash = hashBackwards(text, hashForwards(text, 0));
  // 30 bits: V8 keeps such numbers unboxed as Map keys and values.
  return hash & 0x3fffffff;
}

/**
 * Folds up to SIGNATURE_UNITS lower-cased code units from the start of the text into `hash`.
 * One loop per direction, the white space of ASCII and Latin-1 told inline (the one loop with a
 * direction, and a call for every space, cost validation more than any rule).
 */
function hashForwards(text: string, hash: number): number {
  let units = 0;
  for (let i = 0; i < text.length && units < SIGNATURE_UNITS; i++) {
    const code = text.charCodeAt(i);
    if (code < 256) {
      // \s among the first 256 code units: tab to carriage return, space and no-break space.
      if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) continue;
      // Lower case by hand (latin1Lower, which the optimised loop would call per unit).
      hash = (Math.imul(hash, 31) + ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code)) | 0;
      units++;
    } else if (!isSpace(code) && (code < 0xd800 || code > 0xdfff)) {
      const lower = lowerCase(code);
      for (let k = 0; k < lower.length && units < SIGNATURE_UNITS; k++, units++)
        hash = (Math.imul(hash, 31) + foldSigma(lower.charCodeAt(k))) | 0;
    }
  }
  return hash;
}

/** hashForwards from the end of the text backwards, with another multiplier. */
function hashBackwards(text: string, hash: number): number {
  let units = 0;
  for (let i = text.length - 1; i >= 0 && units < SIGNATURE_UNITS; i--) {
    const code = text.charCodeAt(i);
    if (code < 256) {
      if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) continue;
      // Lower case by hand (latin1Lower, which the optimised loop would call per unit).
      hash = (Math.imul(hash, 37) + ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code)) | 0;
      units++;
    } else if (!isSpace(code) && (code < 0xd800 || code > 0xdfff)) {
      const lower = lowerCase(code);
      for (let k = lower.length - 1; k >= 0 && units < SIGNATURE_UNITS; k--, units++)
        hash = (Math.imul(hash, 37) + foldSigma(lower.charCodeAt(k))) | 0;
    }
  }
  return hash;
}

/*
 * latin1Lower(code), the lower case of a Latin-1 code unit without a string per character, as
 * the loops above write it: A–Z and À–Þ but × are 32 below their lower case; every other one
 * (å, ä, ö, é …, and ÿ, µ, ß) stays one unit as it is (duplicate-signature.test.ts checks the
 * rule against String#toLowerCase of whole texts).
 */

/** Characters hashed from each end of a text by signature. */
const SIGNATURE_UNITS = 24;

function lowerCase(code: number): string {
  return (LOWER_CASE[code] ??= String.fromCharCode(code).toLowerCase());
}

function foldSigma(unit: number): number {
  return unit === FINAL_SIGMA ? SIGMA : unit;
}

/** Lower case of non-ASCII code units, filled as they are met. */
const LOWER_CASE: (string | undefined)[] = [];
const FINAL_SIGMA = 0x3c2;
const SIGMA = 0x3c3;

export const duplicateActivity: Rule = {
  id: "duplicate.activity",
  defaultSeverity: "warning",
  check(ctx) {
    // Buckets of possible duplicates by the signatures of goal and activity text; a goal's
    // signature is computed once per goal text (activities under a goal share its string).
    const goalSignatures = new Map<string, number>();
    // A bucket holds its first activity alone and becomes a list only at a second one: almost
    // every bucket stays single, and 10,000 one-element arrays were garbage to collect.
    const buckets = new Map<number, Map<number, Activity | Activity[]>>();
    let candidates = false;
    // Indexed: check runs once per validation, where a for-of built an iterator result per activity.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (isBlank(activity.activity)) continue;
      const goal = activity.goal ?? "";
      let goalSig = goalSignatures.get(goal);
      if (goalSig === undefined) goalSignatures.set(goal, (goalSig = signature(goal)));
      let bySignature = buckets.get(goalSig);
      if (bySignature === undefined) buckets.set(goalSig, (bySignature = new Map()));
      const sig = signature(activity.activity);
      const bucket = bySignature.get(sig);
      if (bucket === undefined) bySignature.set(sig, activity);
      else {
        if (Array.isArray(bucket)) bucket.push(activity);
        else bySignature.set(sig, [bucket, activity]);
        candidates = true;
      }
    }
    if (!candidates) return [];
    const findings: RawFinding[] = [];
    for (const bySignature of buckets.values()) {
      for (const bucket of bySignature.values()) {
        if (!Array.isArray(bucket)) continue;
        const firstRowByKey = new Map<string, number>();
        for (const activity of bucket) {
          const key = `${duplicateKey(activity.goal ?? "")}\u0000${duplicateKey(activity.activity)}`;
          const firstRow = firstRowByKey.get(key);
          if (firstRow === undefined) {
            firstRowByKey.set(key, activity.source.row);
            continue;
          }
          findings.push(
            rawFinding(
              { activity, field: "activity" },
              activity.activity,
              ctx.msg("duplicate.activity", { value: quote(activity.activity), firstRow }),
            ),
          );
        }
      }
    }
    return findings;
  },
};
