// Hand-built CodedArticle fixtures: no model, no dictionaries.
import type { CodedArticle, EventRecord } from '../../src/core/types.ts';

export interface EventSpec {
  n: number;
  source?: string | null;
  target?: string | null;
  cameo?: string;
  quad?: number;
  date?: string | null;
  evidence?: string;
  modality?: EventRecord['modality'];
  location?: EventRecord['location'];
}

const ROOT_QUAD: Record<string, number> = { '01': 1, '03': 1, '04': 1, '02': 1, '05': 1, '07': 2, '11': 3, '13': 3, '14': 3, '16': 4, '17': 4, '19': 4 };

export function makeEvent(articleId: string, spec: EventSpec): EventRecord {
  const cameo = spec.cameo ?? '042';
  const root = cameo.slice(0, 2);
  const evidence = spec.evidence ?? `Sentence ${spec.n} of ${articleId}.`;
  const actor = (code: string | null | undefined, text: string) =>
    code === undefined ? null : { start: 0, end: text.length, text, code, entity: code ? code.toLowerCase() : null };
  return {
    id: `${articleId}:e${spec.n}`,
    sentence: spec.n,
    evidence: { start: 0, end: evidence.length, text: evidence },
    trigger: { start: 0, end: 5, text: evidence.slice(0, 5) },
    source: actor(spec.source === undefined ? 'RUS' : spec.source, 'Russia'),
    target: actor(spec.target === undefined ? 'BLRGOV' : spec.target, 'Alexander Lukashenko'),
    cameo,
    root,
    quad_class: spec.quad ?? ROOT_QUAD[root] ?? 1,
    goldstein: 1.9,
    plover: { type: 'CONSULT', mode: null },
    modality: spec.modality ?? 'asserted',
    negated: false,
    claim: null,
    date: spec.date === undefined ? '2020-08-16' : spec.date,
    date_type: spec.date === null ? 'unknown' : 'text',
    location: spec.location ?? null,
    rule: `test.rule${spec.n}`,
    pipeline: 'dyad@0.1.0+test',
  };
}

export function makeArticle(id: string, specs: EventSpec[], extra: Partial<CodedArticle> = {}): CodedArticle {
  const text = `Text of article ${id}. Russia offered help to Alexander Lukashenko.`;
  return {
    id,
    published: '2020-08-16',
    title: `Title ${id}`,
    url: `https://example.org/${id}`,
    outlet: 'Example News',
    text,
    sentences: [[0, 20], [21, text.length]],
    mentions: [
      { start: 21, end: 27, text: 'Russia', code: 'RUS', entity: 'country:RUS' },
      { start: 44, end: 64, text: 'Alexander Lukashenko', code: 'BLRGOV', entity: 'alexander-lukashenko', role: 'head of state', country: 'BLR' },
    ],
    attributions: [
      {
        speaker: { start: 21, end: 27, text: 'Russia', code: 'RUS' },
        cue: { start: 28, end: 35, text: 'offered' },
        content: { start: 36, end: 64, text: 'help to Alexander Lukashenko' },
        direct: false,
      },
    ],
    events: specs.map((s) => makeEvent(id, s)),
    messages: [{ stage: 'test', code: 'W001', severity: 'warning', text: 'a warning', start: 0, end: 4 }],
    ...extra,
  };
}
