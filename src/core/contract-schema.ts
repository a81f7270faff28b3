// The record contract (../shared/spec/records.md) as a zod schema, for tests and for anyone who reads
// Dyad's output: `codedArticleSchema(cameo).safeParse(article)` says whether one coded article keeps
// the contract's shapes, `checkOffsets(article)` whether every span points at its own text.
import { z } from 'zod';
import type { CodedArticle } from './types.ts';

/** What the schema needs to know about CAMEO event codes: which exist and, if known, their values. */
export interface CameoLookup {
  has(code: string): boolean;
  /** when given (a Map from the codebook), root, quad_class and goldstein must match the codebook */
  get?(code: string): { readonly root: string; readonly quadClass: number; readonly goldstein: number } | undefined;
}

const offset = z.number().int().nonnegative();
const span = z.object({ start: offset, end: offset });
const textSpan = span.extend({ text: z.string() });
/** "RUSGOV", "IGOEUREEC": a country or IGO block, then role/sector blocks, three characters each */
const actorCode = z.string().regex(/^(?:[A-Z0-9]{3})+$/, 'CAMEO actor code: blocks of three capitals');
const actorRef = textSpan.extend({ code: actorCode.nullable(), entity: z.string().nullable().optional() });
/** YYYY-MM-DD and a real calendar day (2021-02-29 fails) */
const isoDate = z.iso.date();

export const MODALITIES = ['asserted', 'intended', 'threatened', 'demanded', 'hypothetical', 'future', 'reported'] as const;
export const DATE_TYPES = ['text', 'publication', 'unknown'] as const;
export const PRECISIONS = ['city', 'admin1', 'country', 'unknown'] as const;

const coordinate = (limit: number) => z.number().min(-limit).max(limit).nullable();

const location = z.object({
  name: z.string().min(1),
  country: z.string().min(1),
  lat: coordinate(90),
  lon: coordinate(180),
  precision: z.enum(PRECISIONS),
});

const claim = z.object({ by: actorRef.nullable(), cue: z.string() });

const mention = textSpan.extend({
  code: actorCode.nullable(),
  entity: z.string().nullable(),
  role: z.string().optional(),
  country: z.string().optional(),
});

const attribution = z.object({
  speaker: actorRef.nullable(),
  cue: textSpan.nullable(),
  content: textSpan,
  direct: z.boolean(),
});

const message = z.object({
  stage: z.string(),
  code: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  text: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

/** One EVENT (records.md "EVENT"); the cameo code must be in `cameo`. */
export function eventSchema(cameo: CameoLookup) {
  return z
    .object({
      id: z.string().min(1),
      sentence: offset,
      evidence: textSpan,
      trigger: textSpan,
      source: actorRef.nullable(),
      target: actorRef.nullable(),
      cameo: z
        .string()
        .regex(/^\d{2,4}$/, 'cameo: 2 to 4 digits')
        .refine((c) => cameo.has(c), 'cameo: not in the CAMEO event codebook'),
      root: z.string().regex(/^\d{2}$/),
      quad_class: z.number().int().min(1).max(4),
      goldstein: z.number().min(-10).max(10),
      plover: z.object({ type: z.string().nullable(), mode: z.string().nullable() }),
      modality: z.enum(MODALITIES),
      negated: z.boolean(),
      claim: claim.nullable(),
      date: isoDate.nullable(),
      date_type: z.enum(DATE_TYPES),
      location: location.nullable(),
      rule: z.string().min(1),
      pipeline: z.string().min(1),
      background: z.boolean().optional(),
    })
    .superRefine((e, ctx) => {
      if (e.root !== e.cameo.slice(0, 2)) ctx.addIssue({ code: 'custom', path: ['root'], message: `root ${e.root} is not the first two digits of ${e.cameo}` });
      if ((e.date === null) !== (e.date_type === 'unknown')) {
        ctx.addIssue({ code: 'custom', path: ['date_type'], message: `date ${e.date} with date_type ${e.date_type}` });
      }
      const facts = cameo.get?.(e.cameo);
      if (facts) {
        if (facts.root !== e.root) ctx.addIssue({ code: 'custom', path: ['root'], message: `codebook root of ${e.cameo} is ${facts.root}` });
        if (facts.quadClass !== e.quad_class) ctx.addIssue({ code: 'custom', path: ['quad_class'], message: `codebook quad_class of ${e.cameo} is ${facts.quadClass}` });
        if (facts.goldstein !== e.goldstein) ctx.addIssue({ code: 'custom', path: ['goldstein'], message: `codebook goldstein of ${e.cameo} is ${facts.goldstein}` });
      }
    });
}

/** One coded article as `dyad code --format jsonl` writes it (records.md "Output"). */
export function codedArticleSchema(cameo: CameoLookup) {
  return z.object({
    id: z.string().min(1),
    published: isoDate.nullable(),
    title: z.string().optional(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    author: z.string().optional(),
    text: z.string(),
    sentences: z.array(z.tuple([offset, offset])),
    mentions: z.array(mention),
    attributions: z.array(attribution),
    events: z.array(eventSchema(cameo)),
    messages: z.array(message),
  });
}

/**
 * Every problem with the article's offsets: a span outside 0 ≤ start ≤ end ≤ text.length, a span
 * whose `text` is not `text.slice(start, end)`, sentences out of order, an event whose sentence does
 * not exist. An empty list means every offset points where it says.
 * checkOffsets({text: "Russia says", mentions: [{start: 0, end: 6, text: "Russia", …}], …}) → [].
 */
export function checkOffsets(article: CodedArticle): string[] {
  const { text } = article;
  const problems: string[] = [];
  const check = (where: string, s: { start: number; end: number; text?: string } | null | undefined) => {
    if (!s) return;
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
      problems.push(`${where}: [${start}, ${end}) is outside 0 ≤ start ≤ end ≤ ${text.length}`);
      return;
    }
    if (s.text !== undefined && s.text !== text.slice(start, end)) {
      problems.push(`${where}: text ${JSON.stringify(s.text)} ≠ text.slice(${start}, ${end}) ${JSON.stringify(text.slice(start, end))}`);
    }
  };
  let previousEnd = 0;
  for (const [i, [start, end]] of article.sentences.entries()) {
    check(`sentences[${i}]`, { start, end });
    if (start < previousEnd) problems.push(`sentences[${i}]: starts at ${start}, before the previous sentence ends (${previousEnd})`);
    previousEnd = end;
  }
  for (const [i, m] of article.mentions.entries()) check(`mentions[${i}]`, m);
  for (const [i, a] of article.attributions.entries()) {
    check(`attributions[${i}].speaker`, a.speaker);
    check(`attributions[${i}].cue`, a.cue);
    check(`attributions[${i}].content`, a.content);
  }
  for (const [i, e] of article.events.entries()) {
    check(`events[${i}].evidence`, e.evidence);
    check(`events[${i}].trigger`, e.trigger);
    check(`events[${i}].source`, e.source);
    check(`events[${i}].target`, e.target);
    check(`events[${i}].claim.by`, e.claim?.by);
    if (!(e.sentence >= 0 && e.sentence < article.sentences.length)) {
      problems.push(`events[${i}]: sentence ${e.sentence} does not exist (${article.sentences.length} sentences)`);
    }
  }
  for (const [i, m] of article.messages.entries()) {
    if (m.start !== undefined || m.end !== undefined) check(`messages[${i}]`, { start: m.start ?? 0, end: m.end ?? m.start ?? 0 });
  }
  return problems;
}
