import type { Mention, Token } from '../../core/types.ts';
import { AGENT_OF, SPEECH_CUES, TIME_WORDS } from '../attributions/cues.ts';

/** the most name words taken after a role ("deputy commissioner of police r m parmar") */
const MAX_NAME = 4;
const NAME_WORD = /^[\p{L}][\p{L}.'’-]*$/u;

/**
 * A role followed by a name nobody's dictionary knows is that person, in that role: "police
 * commissioner d d tuteja said …" is a police officer speaking (a person, so that a later "he said"
 * can refer to him), as is "Police Chief Jan Kowalski said". Only right before a verb of saying,
 * where the words between role and verb can be nothing but the speaker's name.
 */
export function namedRoles(mentions: readonly Mention[], tokens: readonly Token[], text: string): Mention[] {
  const startsAt = new Set(mentions.map((m) => m.first));
  return mentions.map((m) => {
    if (m.kind !== 'agent' || !m.code) return m;
    // "additional director general of police (law and order) a k mitra": a bracketed portfolio after the role
    const from = bracketEnd(tokens, m.last, m.sentence) ?? m.last;
    let end = from;
    while (end < tokens.length && end - from < MAX_NAME && (isNameWord(tokens[end]) || isInitial(tokens, end)) && !startsAt.has(end) && tokens[end].sentence === m.sentence) end++;
    if (end === from || end >= tokens.length) return m;
    // "… a k mitra on monday said", "… a k mitra here said"
    let v = end;
    if (tokens[v].lower === 'on' && TIME_WORDS.has(tokens[v + 1]?.lower ?? '')) v += 2;
    if (tokens[v]?.lower === 'here') v++;
    const verb = tokens[v];
    if (!verb) return m;
    if (verb.pos !== 'VERB' || !SPEECH_CUES.has(verb.lemma) || verb.sentence !== m.sentence) return m;
    const last = tokens[end - 1];
    return { ...m, last: end, end: last.end, text: text.slice(m.start, last.end), kind: 'person' };
  });
}

/** The token after a "( … )" of a few words opening at k, or null. */
function bracketEnd(tokens: readonly Token[], k: number, sentence: number): number | null {
  if (tokens[k]?.text !== '(') return null;
  for (let c = k + 1; c < k + 8 && tokens[c]?.sentence === sentence; c++) if (tokens[c].text === ')') return c + 1;
  return null;
}

// "a k mitra", "d d tuteja": a lone letter before a name word is an initial, whatever the tagger calls it ("a/DET")
function isInitial(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return /^[a-z]\.?$/i.test(tokens[k].text) && next !== undefined && next.sentence === tokens[k].sentence && (isNameWord(next) || /^[a-z]\.?$/i.test(next.text));
}

// "official sources said": a noun of speaking roles is no name
function isNameWord(t: Token): boolean {
  return (t.pos === 'PROPN' || t.pos === 'NOUN') && NAME_WORD.test(t.text) && !TIME_WORDS.has(t.lower) && !SPEECH_CUES.has(t.lemma) && !AGENT_OF.test(t.lower);
}

/**
 * The surname of a person named with a role stands for that person later in the article: after
 * "police commissioner d d tuteja said …", "… , tuteja said" is the commissioner again. Only a
 * surname of four letters or more that one such person in the article bears.
 */
export function surnameMentions(mentions: readonly Mention[], tokens: readonly Token[], text: string): Mention[] {
  const bearers = new Map<string, Mention | null>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.entity?.startsWith('agent:') || !m.code) continue;
    const w = tokens[m.last - 1].lower;
    if (w.length < 4 || !/^[a-z]+$/.test(w)) continue;
    const had = bearers.get(w);
    bearers.set(w, had === undefined || had?.code === m.code ? m : null);
  }
  if (!bearers.size) return [];
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const m = covered[k] ? null : bearers.get(tokens[k].lower);
    if (!m || tokens[k].pos === 'VERB') continue;
    const t = tokens[k];
    out.push({ ...m, start: t.start, end: t.end, text: text.slice(t.start, t.end), sentence: t.sentence, first: k, last: k + 1 });
  }
  return out;
}
