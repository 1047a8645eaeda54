/** The --profile option shared by commands: a municipality's profile JSON, or the standard one. */
import { profileFromText, standardProfile } from "../core/profile/load";
import type { Profile } from "../core/profile/schema";
import { CliError } from "./errors";
import { readText, resolvePath } from "./files";

export function loadProfileOption(file: string | undefined, cwd: string): Profile {
  if (file === undefined) return standardProfile;
  const result = profileFromText(readText(resolvePath(cwd, file)));
  if (!result.ok)
    throw new CliError(
      `Profilen ${file} är ogiltig: ${result.errors.slice(0, 3).join("; ")}${result.errors.length > 3 ? ` (och ${result.errors.length - 3} fel till)` : ""}`,
    );
  return result.profile;
}
