// Schemas of the data files under dictionaries/. Every file is JSONL: one entry per line.
// See docs/dictionaries.md for the curation rules.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY, YYYY-MM or YYYY-MM-DD');
const actorCode = z.string().regex(/^([A-Z]{3})+$/, 'CAMEO actor code: 3-letter blocks');
const cameoCode = z.string().regex(/^\d{2,4}$/, 'CAMEO event code with leading zeros');
const phrase = z.string().min(1);

/** dictionaries/actors/countries.jsonl: one per CAMEO country/region code. */
export const CountryEntry = z.object({
  id: z.string(), // "country:RUS"
  type: z.literal('country'),
  code: actorCode, // "RUS"
  names: z.array(phrase).min(1), // "Russia", "Russian Federation"
  adjectives: z.array(phrase).default([]), // "Russian"; also demonym nouns "Russians"
  capitals: z.array(phrase).default([]), // "Moscow": the government when it acts, a place otherwise
  /** names that only match capitalised, because lower-case they are common words ("Turkey", "Chad", "China") */
  case_sensitive: z.array(phrase).default([]),
  notes: z.string().optional(),
});

/** Seats of power: "the Kremlin", "the White House", "Downing Street" → a government code. */
export const SeatEntry = z.object({
  id: z.string(),
  type: z.literal('seat'),
  code: actorCode, // "RUSGOV"
  names: z.array(phrase).min(1),
  notes: z.string().optional(),
});

/** IGOs, NGOs, armed groups, parties, companies: a fixed code. */
export const OrgEntry = z.object({
  id: z.string(),
  type: z.enum(['igo', 'group']),
  code: actorCode, // "IGOEUREEC", "IGOWSTNAT", "PSEHMS"
  names: z.array(phrase).min(1),
  /** names that only match in exactly this case (acronyms that are also words: "AU", "UN", "IS") */
  case_sensitive: z.array(phrase).default([]),
  adjectives: z.array(phrase).default([]),
  country: z.string().optional(), // home country code if any
  notes: z.string().optional(),
});

/** Role/sector nouns: "police" → COP, composed with a country: "Russian police" → RUSCOP. */
export const AgentEntry = z.object({
  id: z.string(), // "agent:police"
  type: z.literal('agent'),
  code: actorCode, // "COP"; "GOV"; "CVL"
  nouns: z.array(phrase).min(1), // singular and plural forms: "policeman", "policemen", "police"
  notes: z.string().optional(),
});

export const RoleSpan = z.object({
  code: actorCode, // "RUSGOV"
  title: z.string(), // "President of Russia"
  from: isoDate,
  to: isoDate.nullable().optional(), // null/absent = still holds it
});

/** Named people with dated roles: coded by the role held on the article's date. */
export const PersonEntry = z.object({
  id: z.string(), // "vladimir-putin"
  type: z.literal('person'),
  names: z.array(phrase).min(1), // full names, surnames, transliterations
  roles: z.array(RoleSpan).min(1),
  /** code outside all role spans; default: the country block of the nearest role + ELI */
  default_code: actorCode.optional(),
  gender: z.enum(['m', 'f']).optional(),
  notes: z.string().optional(),
  sources: z.array(z.string()).optional(),
});

export const ActorEntry = z.discriminatedUnion('type', [CountryEntry, SeatEntry, OrgEntry, AgentEntry, PersonEntry]);
export type ActorEntry = z.infer<typeof ActorEntry>;
export type CountryEntry = z.infer<typeof CountryEntry>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type AgentEntry = z.infer<typeof AgentEntry>;
export type OrgEntry = z.infer<typeof OrgEntry>;
export type SeatEntry = z.infer<typeof SeatEntry>;

export const Modality = z.enum(['asserted', 'intended', 'threatened', 'demanded', 'hypothetical', 'future', 'reported']);

/** How an example names the act: "X arrested Y", "Y was arrested by X", "the arrest of Y", "X moved to arrest Y". */
export const PatternForm = z.enum(['active', 'passive', 'nominal', 'infinitival']);
export type PatternForm = z.infer<typeof PatternForm>;

/** One more example sentence of a pattern, in a stated form, with its expected source/target prefixes. */
export const FormExample = z.object({
  form: PatternForm,
  text: z.string().min(1),
  expect: z.object({ source: z.string().nullable().optional(), target: z.string().nullable().optional() }).optional(),
});
export type FormExample = z.infer<typeof FormExample>;

/**
 * dictionaries/verbs/*.jsonl: one event pattern per line.
 * A verbal pattern fires on a verb whose lemma is the first word of one of `verbs`; the rest of that
 * phrase must follow the verb (particles: "call for", "open fire"). A nominal pattern fires on a noun
 * phrase ("talks between X and Y", "the arrest of"). `objects` (lemmas, any of) must occur after the
 * trigger in the same clause; patterns with objects win over those without.
 */
export const PatternEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.\-_]*$/),
    cameo: cameoCode,
    verbs: z.array(phrase).optional(),
    nouns: z.array(phrase).optional(),
    objects: z.array(phrase).optional(),
    /** objects that veto this pattern ("attack the proposal" is not 19x) */
    not_objects: z.array(phrase).optional(),
    /** prepositions that introduce the target after the trigger */
    target_preps: z.array(z.string()).optional(),
    /** the target is the subject and the source is the prepositional object ("X was visited by Y" style verbs like "host") */
    symmetric: z.boolean().optional(),
    /**
     * the role that does this act when the text names nobody: "150 people were arrested" → the
     * police (COP) of the article's country; "curfew was clamped" → the government (GOV)
     */
    implied_source: z.string().regex(/^[A-Z]{3}$/).optional(),
    /** modality the pattern itself implies ("threaten" → threatened, "offer" → intended) */
    modality: Modality.optional(),
    example: z.string().min(1),
    /** expected source/target code prefixes for the example (null = none) */
    expect: z
      .object({ source: z.string().nullable().optional(), target: z.string().nullable().optional() })
      .optional(),
    /** the form the example shows; scripts/coverage.ts checks it against what the matcher saw */
    form: PatternForm.optional(),
    /** more examples, one per form: "X was arrested by Y", "talks with X", "voted to expel" */
    examples: z.array(FormExample).optional(),
    notes: z.string().optional(),
  })
  .refine((p) => (p.verbs?.length ?? 0) + (p.nouns?.length ?? 0) > 0, 'a pattern needs verbs or nouns');
export type PatternEntry = z.infer<typeof PatternEntry>;

/**
 * dictionaries/statements/*.jsonl: what a quoted statement amounts to when it reports no act of its
 * own. '"This is an outrageous provocation," Zakharova said' is a criticism (111) by the speaker.
 */
export const StatementEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.\-_]*$/),
  cameo: cameoCode,
  /** lemmas; any one in the statement's content is enough */
  words: z.array(phrase).min(1),
  example: z.string().min(1),
  expect: z.object({ source: z.string().nullable().optional(), target: z.string().nullable().optional() }).optional(),
  notes: z.string().optional(),
});
export type StatementEntry = z.infer<typeof StatementEntry>;

/**
 * dictionaries/context/*.jsonl: word lists that say what kind of story a sentence tells. Violence
 * with no actor next to "earthquake" or "tsunami", or arrests for smuggling, are not political events.
 */
export const ContextEntry = z.object({
  id: z.string(),
  kind: z.enum(['hazard', 'crime', 'political']),
  words: z.array(phrase).min(1),
  notes: z.string().optional(),
});
export type ContextEntry = z.infer<typeof ContextEntry>;
