// The decision trail of one analysed article, sentence by sentence, as data: `dyad explain` prints it,
// the API returns it as JSON and the dashboard shows it.
import type { ArticleDoc } from '../core/types.ts';

export type ExplainKind = 'tokens' | 'actor' | 'date' | 'place' | 'quote' | 'speech' | 'pattern-tried' | 'pattern-fired' | 'dropped' | 'note' | 'event';

export interface ExplainLine {
  kind: ExplainKind;
  text: string;
  /** for kind 'event': the event's id */
  event?: string;
}

export interface ExplainSentence {
  index: number;
  start: number;
  end: number;
  /** the sentence with runs of white space made one space */
  text: string;
  lines: ExplainLine[];
}

export interface ExplainTrail {
  id: string;
  published: string | null;
  focus: string | null;
  sentences: ExplainSentence[];
}

const clip = (s: string, n: number) => `${s.slice(0, n)}${s.length > n ? '…' : ''}`;

export function explainTrail(doc: ArticleDoc): ExplainTrail {
  const l = doc.layers;
  const sentences = (l.sentences ?? []).map((s): ExplainSentence => {
    const lines: ExplainLine[] = [];
    const add = (kind: ExplainKind, text: string) => lines.push({ kind, text });
    const toks = (l.tokens ?? []).slice(s.first, s.last).map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `:${t.lemma}` : ''}`);
    add('tokens', toks.join(' '));
    for (const m of (l.mentions ?? []).filter((x) => x.sentence === s.index)) {
      const flags = [m.pronoun && 'pronoun', m.locative && 'place', m.modifier && 'modifier', m.contextCountry && 'country from context', m.metonym && 'metonym'].filter(Boolean);
      add('actor', `"${m.text}" → ${m.code ?? 'unknown'}${m.role ? ` (${m.role})` : ''} ${m.entries.length ? `via ${m.entries.join(' + ')}` : 'name in no dictionary'}${flags.length ? ` [${flags.join(', ')}]` : ''}`);
    }
    for (const d of (l.dates ?? []).filter((x) => x.sentence === s.index)) add('date', `"${d.text}" → ${d.date ?? 'unresolved'}${d.background ? ' (background)' : ''}`);
    for (const p of (l.places ?? []).filter((x) => x.sentence === s.index)) add('place', `"${p.text}" → ${p.name}, ${p.country} (${p.precision})`);
    for (const a of (l.attributions ?? []).filter((x) => x.sentence === s.index)) {
      add(a.direct ? 'quote' : 'speech', `${a.speaker ? `"${a.speaker.text}" (${a.speaker.code ?? 'unknown'})` : 'no speaker'} ${a.cue?.text ?? ''}: "${clip(a.content.text, 80)}"`);
    }
    for (const t of (l.traces ?? []).filter((x) => x.sentence === s.index)) add(t.kind, t.text);
    for (const e of (l.events ?? []).filter((x) => x.sentence === s.index)) {
      lines.push({
        kind: 'event',
        event: e.id,
        text:
          `${e.cameo} ${e.source?.code ?? '?'} → ${e.target?.code ?? '?'} "${e.trigger.text}" ${e.modality}${e.negated ? ' negated' : ''}` +
          `${e.claim ? ` claimed by ${e.claim.by?.text ?? 'unknown'}` : ''} date ${e.date ?? '?'} (${e.date_type})${e.location ? ` at ${e.location.name}` : ''} rule ${e.rule}`,
      });
    }
    return { index: s.index, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end).replace(/\s+/g, ' '), lines };
  });
  return { id: doc.meta.id, published: doc.meta.published, focus: l.focus ?? null, sentences };
}

/** The trail as `dyad explain` prints it. */
export function formatExplainTrail(trail: ExplainTrail): string {
  const out: string[] = [`article ${trail.id}  published ${trail.published ?? 'unknown'}  focus country ${trail.focus ?? 'none'}`];
  for (const s of trail.sentences) {
    out.push('', `[${s.index}] ${s.text}`);
    for (const line of s.lines) out.push(line.kind === 'event' ? `  EVENT ${line.text}` : `  ${line.kind}: ${line.text}`);
  }
  return out.join('\n');
}
