export { canonicalContent, CANONICAL_VERSION } from "./canonical";
export { sha256Hex } from "./hash";
export {
  StampSchema,
  STAMP_SETTING,
  STAMP_STATES,
  createStamp,
  stampState,
  stampStateLabel,
  serializeStamp,
  parseStamp,
  reportHash,
  decideStamp,
  type Stamp,
  type StampState,
  type StampOptions,
  type StampResult,
} from "./stamp";
