/**
 * The vocabulary profile (SPEC §2): which terms are allowed and what every known variant means.
 * A municipality can load its own; the one in force is stored in the workbook.
 */
import { z } from "zod";
import { ACTIVITY_FIELDS, DueKindSchema, SeveritySchema, StatusCategorySchema } from "../model";

export const TrafficLightSchema = z.enum(["green", "yellow", "red", "grey"]);
export type TrafficLight = z.infer<typeof TrafficLightSchema>;

export const ProfileStatusSchema = z.strictObject({
  category: StatusCategorySchema.exclude(["ambiguous", "missing"]),
  /** The dropdown term for this category. */
  canonical: z.string().min(1),
  /** Every variant that means this category (matched case-, space-, hyphen- and diacritics-insensitively). */
  synonyms: z.array(z.string().min(1)),
  light: TrafficLightSchema,
  /**
   * Words that, found inside a sentence (not leading the cell), suggest this category
   * ("Arbetet är genomfört under våren"); such a status is marked inferred. Optional.
   */
  keywords: z.array(z.string().min(1)).optional(),
  /**
   * Phrases that, in the first sentence of a comment or status cell, state this category
   * ("Uppdraget är genomfört", "bedöms inte bli genomfört"). The longest phrase found wins, and the
   * status is marked inferred for the user to confirm. Optional.
   */
  sentences: z.array(z.string().min(1)).optional(),
});
export type ProfileStatus = z.infer<typeof ProfileStatusSchema>;

export const ProfilePerspectiveSchema = z.strictObject({
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)),
});

export const ProfileReportTermSchema = z.strictObject({
  /** "delrapport1" | "delrapport2" | "verksamhetsberattelse" | "vartermin" | "hosttermin" (school terms, half years) */
  value: z.string().min(1),
  terms: z.array(z.string().min(1)).min(1),
  /** Month-day the period ends, e.g. "08-31". */
  endMonthDay: z.string().regex(/^\d{2}-\d{2}$/),
});

export const ProfileDueSchema = z.strictObject({
  /** Which kinds are allowed as they are; others get due.noncanonical. */
  allowedKinds: z.array(DueKindSchema),
  /** The dropdown terms, e.g. "Kvartal 1" … "Kvartal 4". */
  allowedTerms: z.array(z.string().min(1)),
  /** Words introducing a quarter ("kvartal", "kv", "q") and a tertial ("tertial", "t"). */
  quarterWords: z.array(z.string().min(1)),
  tertialWords: z.array(z.string().min(1)),
  /** Month names, index 0 = January; each entry lists its spellings ("maj"; "december", "dec"). */
  months: z.array(z.array(z.string().min(1))).length(12),
  reports: z.array(ProfileReportTermSchema),
  /** Phrases that make a due a reference ("se objektsplan"). */
  referencePhrases: z.array(z.string().min(1)),
});

/** The header words each field's column is known by ("Status": ["Status", "Utfall", "Läge"]), matched case- and diacritics-insensitively. */
export const ProfileColumnsSchema = z.partialRecord(z.enum(ACTIVITY_FIELDS), z.array(z.string().min(1)));
export type ProfileColumns = z.infer<typeof ProfileColumnsSchema>;

/** What a column of a mapped table holds: a field, or nothing to read. */
export const MappedFieldSchema = z.enum([...ACTIVITY_FIELDS, "ignore"]);
export type MappedField = z.infer<typeof MappedFieldSchema>;

/**
 * A table layout the user mapped by hand ("Vilken kolumn är vad?"): the header row's cells as
 * written, left to right from the table's first column, and what each column holds. A sheet whose
 * header row has the same shape (period words and years aside) is read with it, without asking.
 */
export const ColumnMappingSchema = z
  .strictObject({
    /** The header row's cells, "" for an empty one ("Uppdrag", "T3 2020", "Kommentar T3 2020"). */
    headers: z.array(z.string()).min(1),
    /** One per header cell. */
    fields: z.array(MappedFieldSchema).min(1),
  })
  .refine((mapping) => mapping.headers.length === mapping.fields.length, { message: "headers och fields ska vara lika långa", path: ["fields"] })
  .refine((mapping) => mapping.fields.includes("activity"), { message: "en kolumn ska vara activity (Aktivitet)", path: ["fields"] });
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
/** An organisation expected to submit (the submission overview, core/consolidate/submission.ts). */
export const ExpectedOrganisationSchema = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), synonyms: z.array(z.string().min(1)) }),
]);
export type ExpectedOrganisation = z.infer<typeof ExpectedOrganisationSchema>;

export const ProfileSchema = z.strictObject({
  /** The JSON schema an editor checks the file against (docs/profile.schema.json); not read. */
  $schema: z.string().optional(),
  id: z.string().min(1),
  name: z.string().min(1),
  version: z.string().min(1),
  statuses: z.array(ProfileStatusSchema).min(1),
  due: ProfileDueSchema,
  perspectives: z.array(ProfilePerspectiveSchema),
  /** Status categories that require a comment (comment.required). */
  commentRequired: z.array(StatusCategorySchema),
  /** Severity overrides by rule id (SPEC §6). */
  severities: z.record(z.string(), SeveritySchema),
  /** Header words per field, added to the standard profile's (a profile need not repeat them). */
  columns: ProfileColumnsSchema.optional(),
  /** Table layouts mapped by the user, tried before the header words. */
  columnMappings: z.array(ColumnMappingSchema).optional(),
  /** The förvaltningar expected to submit a report for the period (optional). */
  forvaltningar: z.array(ExpectedOrganisationSchema).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
