/**
 * The shipped standard profile, without zod: every run uses it, and it is no input (it ships with
 * the code). tests/core/profile/load.test.ts checks that ProfileSchema accepts it unchanged and
 * that it is consistent, so a broken standard.json still fails loudly, in the tests.
 */
import type { Profile } from "./schema";
import standardJson from "./standard.json";

export const standardProfile: Profile = standardJson as Profile;
