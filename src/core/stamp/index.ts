export { canonicalContent, CANONICAL_VERSION } from "./canonical";
export { sha256Hex } from "./hash";
export {
  STAMP_SETTING,
  STAMP_STATES,
  createStamp,
  stampState,
  stampStateLabel,
  reportHash,
  decideStamp,
  type StampState,
  type StampOptions,
  type StampResult,
} from "./stamp";
export { StampSchema, parseStamp, serializeStamp, type Stamp } from "./schema";
