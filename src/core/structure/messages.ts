/**
 * A structuring message ("structure.*" in src/core/i18n/structure.ts), asked for without its
 * prefix. Its own module, not report.ts: that one builds zod schemas, which a CLI run must not load.
 */
import { keysUnder } from "../i18n";

export const structureMessage = keysUnder("structure.");
