import type { ArticleDoc } from '../../core/types.ts';

/** The decision trail, sentence by sentence: tokens, actors and their entries, patterns, drops, events. */
export function explainDoc(doc: ArticleDoc): string {
  const l = doc.layers;
  const out: string[] = [`article ${doc.meta.id}  published ${doc.meta.published ?? 'unknown'}  focus country ${l.focus ?? 'none'}`];
  for (const s of l.sentences ?? []) {
    out.push('', `[${s.index}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    const toks = (l.tokens ?? []).slice(s.first, s.last).map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `:${t.lemma}` : ''}`);
    out.push(`  tokens: ${toks.join(' ')}`);
    for (const m of (l.mentions ?? []).filter((x) => x.sentence === s.index)) {
      const flags = [m.pronoun && 'pronoun', m.locative && 'place', m.modifier && 'modifier', m.contextCountry && 'country from context', m.metonym && 'metonym'].filter(Boolean);
      out.push(`  actor: "${m.text}" → ${m.code ?? 'unknown'}${m.role ? ` (${m.role})` : ''} via ${m.entries.join(' + ')}${flags.length ? ` [${flags.join(', ')}]` : ''}`);
    }
    for (const d of (l.dates ?? []).filter((x) => x.sentence === s.index)) out.push(`  date: "${d.text}" → ${d.date ?? 'unresolved'}${d.background ? ' (background)' : ''}`);
    for (const p of (l.places ?? []).filter((x) => x.sentence === s.index)) out.push(`  place: "${p.text}" → ${p.name}, ${p.country} (${p.precision})`);
    for (const a of (l.attributions ?? []).filter((x) => x.sentence === s.index)) {
      out.push(`  ${a.direct ? 'quote' : 'speech'}: ${a.speaker ? `"${a.speaker.text}" (${a.speaker.code ?? 'unknown'})` : 'no speaker'} ${a.cue?.text ?? ''}: "${a.content.text.slice(0, 80)}${a.content.text.length > 80 ? '…' : ''}"`);
    }
    for (const t of (l.traces ?? []).filter((x) => x.sentence === s.index)) out.push(`  ${t.kind}: ${t.text}`);
    for (const e of (l.events ?? []).filter((x) => x.sentence === s.index)) {
      out.push(
        `  EVENT ${e.cameo} ${e.source?.code ?? '?'} → ${e.target?.code ?? '?'} "${e.trigger.text}" ${e.modality}${e.negated ? ' negated' : ''}` +
          `${e.claim ? ` claimed by ${e.claim.by?.text ?? 'unknown'}` : ''} date ${e.date ?? '?'} (${e.date_type})${e.location ? ` at ${e.location.name}` : ''} rule ${e.rule}`,
      );
    }
  }
  return out.join('\n');
}
