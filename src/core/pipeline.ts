import { createHash } from 'node:crypto';
import { DyadError } from './errors.ts';
import type { Stage } from './stage.ts';
import type { ArticleDoc, ArticleInput, ArticleMeta, LayerName, Layers, Message } from './types.ts';

export interface Pipeline<Deps> {
  readonly stages: readonly Stage<Deps>[];
  /** "dyad@0.1.0+stages:…+dict:…", recorded on every event */
  readonly fingerprint: string;
  run(input: ArticleInput): ArticleDoc;
}

/** Refuses, at start-up, any stage whose `requires` no earlier stage assigns. */
export function checkContracts(stages: readonly Stage<unknown>[], initial: readonly LayerName[] = []): void {
  const have = new Set<LayerName>(initial);
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) {
        throw new DyadError('E_PIPELINE_CONTRACT', `stage ${s.name} requires "${r}", which no earlier stage assigns`);
      }
    }
    for (const a of s.assigns) have.add(a);
  }
}

export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function makeMeta(input: ArticleInput): ArticleMeta {
  return {
    id: input.id ?? contentId(input.text),
    published: normaliseDate(input.published),
    title: input.title,
    url: input.url,
    outlet: input.outlet,
    ...(input.author ? { author: input.author } : {}),
    language: input.language,
  };
}

function normaliseDate(s: string | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  const iso = m ? m[1] : Number.isNaN(Date.parse(s)) ? null : new Date(Date.parse(s)).toISOString().slice(0, 10);
  return iso && isCalendarDay(iso) ? iso : null;
}

/** "2020-02-30", "0000-00-00" and years past 9999 are no days: such a date is as good as none. */
export function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || m[1] === '0000') return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** "dyad@0.1.0+stages:…+dict:…": recorded on every event, changes when stages or dictionaries do. */
export function pipelineFingerprint(version: string, stageNames: readonly string[], dictionaryHash: string): string {
  const stageHash = createHash('sha256').update(stageNames.join('|')).digest('hex').slice(0, 8);
  return `dyad@${version}+stages:${stageHash}+dict:${dictionaryHash.slice(0, 12)}`;
}

const EMPTY_LAYERS: Layers = { tokens: [], sentences: [], mentions: [], attributions: [], candidates: [], events: [], dates: [], places: [], focus: null, traces: [] };

export function createPipeline<Deps>(
  stages: readonly Stage<Deps>[],
  deps: Deps,
  fingerprint: string,
  clean: (raw: string) => string,
  /** a warning when the article is not to be coded (not English): it then gets empty layers */
  gate: (doc: ArticleDoc) => Message | null = () => null,
): Pipeline<Deps> {
  checkContracts(stages);
  return {
    stages,
    fingerprint,
    run(input: ArticleInput): ArticleDoc {
      const text = clean(input.text);
      const layers: Partial<Layers> = {};
      const doc: ArticleDoc = { meta: makeMeta(input), text, layers, messages: [] };
      const skip = gate(doc);
      if (skip) {
        doc.messages.push(skip);
        Object.assign(layers, EMPTY_LAYERS);
        return doc;
      }
      for (const stage of stages) {
        const out = stage.run(doc, deps);
        for (const key of Object.keys(out) as LayerName[]) {
          if (!stage.assigns.includes(key)) {
            throw new DyadError('E_PIPELINE_CONTRACT', `stage ${stage.name} returned undeclared layer "${key}"`);
          }
          (layers as Record<string, unknown>)[key] = out[key];
        }
      }
      return doc;
    },
  };
}
