/**
 * Swedish order and dates for the summary without starting ICU where the answer is plain: a CLI
 * run that sorts a dozen perspective names with localeCompare(…, "sv") and prints one date with
 * Intl.DateTimeFormat spends about 10 ms CPU loading ICU's collation and time-zone data for it
 * (README, performance). Each function gives exactly what ICU gives (tests/core/consolidate/
 * swedish-order.test.ts compares them) and hands anything outside its plain cases to ICU.
 */

/**
 * Primary weight of a character in Swedish collation for plain texts (space, hyphen, digits,
 * a–z, å, ä, ö in either case), 0 for anything else: space before hyphen before digits before
 * letters (ICU's default, "non-ignorable"), å ä ö after z.
 */
function plainWeight(code: number): number {
  if (code === 32) return 1;
  if (code === 45) return 2; // -
  if (code >= 48 && code <= 57) return 3 + code - 48;
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return 13 + lower - 97;
  if (code === 229 || code === 197) return 39; // å Å
  if (code === 228 || code === 196) return 40; // ä Ä
  if (code === 246 || code === 214) return 41; // ö Ö
  return 0;
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 197 || code === 196 || code === 214;
}

/**
 * a.localeCompare(b, "sv") as a sign (-1, 0, 1). Plain texts are compared here (perspectives
 * such as "Mark- och översiktsplanering"):
 * letters first (a shorter text before a longer one that starts with it), then case from the
 * left, lower case first. Anything else goes to ICU.
 */
export function compareSwedish(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (plainWeight(a.charCodeAt(i)) === 0) return Math.sign(a.localeCompare(b, "sv"));
  for (let i = 0; i < b.length; i++) if (plainWeight(b.charCodeAt(i)) === 0) return Math.sign(a.localeCompare(b, "sv"));
  for (let i = 0; i < shorter; i++) {
    const difference = plainWeight(a.charCodeAt(i)) - plainWeight(b.charCodeAt(i));
    if (difference !== 0) return Math.sign(difference);
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < shorter; i++) {
    const upperA = isUpper(a.charCodeAt(i));
    if (upperA !== isUpper(b.charCodeAt(i))) return upperA ? 1 : -1;
  }
  return 0;
}

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** The first instant (1980-01-01 UTC) from which Swedish time is always one or two hours ahead of UTC. */
const PLAIN_FROM = Date.UTC(1980, 0, 1);
const PLAIN_UNTIL = Date.UTC(10_000, 0, 1);

/**
 * "6 december 2026": the day an instant falls on in Swedish time, as Intl.DateTimeFormat("sv-SE",
 * day, long month, year, Europe/Stockholm) writes it. Swedish time is UTC+1 or UTC+2 (summer):
 * before 22:00 UTC both are still the UTC day, so that day needs no time-zone rules; the last two
 * hours of a UTC day (and other centuries) go to ICU.
 */
export function swedishDay(instant: Date): string {
  const time = instant.getTime();
  if (time >= PLAIN_FROM && time < PLAIN_UNTIL && instant.getUTCHours() < 22)
    return `${instant.getUTCDate()} ${MONTHS[instant.getUTCMonth()]} ${instant.getUTCFullYear()}`;
  return new Intl.DateTimeFormat("sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Stockholm",
  }).format(instant);
}
