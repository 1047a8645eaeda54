/** The --profile option shared by commands: a municipality's profile JSON, or the standard one. */
import { standardProfile } from "../core/profile/standard-profile";
import type { Profile } from "../core/profile/schema";
import { CliError } from "./errors";
import { readText, resolvePath } from "./files";

export async function loadProfileOption(file: string | undefined, cwd: string): Promise<Profile> {
  if (file === undefined) return standardProfile;
  // The profile schema (and zod) is loaded only for a profile the user gives.
  const { profileFromText } = await import("../core/profile/load");
  const result = profileFromText(readText(resolvePath(cwd, file)));
  if (!result.ok)
    throw new CliError(
      `Profilen ${file} är ogiltig: ${result.errors.slice(0, 3).join("; ")}${result.errors.length > 3 ? ` (och ${result.errors.length - 3} fel till)` : ""}`,
    );
  return result.profile;
}
