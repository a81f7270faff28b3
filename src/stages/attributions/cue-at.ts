import type { Token } from '../../core/types.ts';
import { wordFlags } from '../../core/word-flags.ts';
import { CUE_PARTICLES, MORE_SPEECH_CUES, SPEECH_CUES, STANCE_CUES, TOPIC_CUES } from './cues.ts';

export type CueKind = 'speech' | 'stance';

// the cue lists as one map (every token of every sentence is looked up, several times)
const CUES = wordFlags(SPEECH_CUES, MORE_SPEECH_CUES, STANCE_CUES, TOPIC_CUES);
const SPEECH = 1 | 2;
const STANCE = 4;
const TOPIC = 8;

const isSpeechCue = (stem: string) => ((CUES.get(stem) ?? 0) & SPEECH) !== 0;

/** The '-ing' forms of every cue, built once: 'saying' → 'say', 'promising' → 'promise', 'slamming' → 'slam'. */
const ING_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const lemma of [...SPEECH_CUES, ...MORE_SPEECH_CUES, ...STANCE_CUES]) {
    forms.set(`${lemma}ing`, lemma);
    if (lemma.endsWith('e') && !lemma.endsWith('ee')) forms.set(`${lemma.slice(0, -1)}ing`, lemma);
    // a short final consonant after one vowel doubles: 'slam' → 'slamming', 'quip' → 'quipping'
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && lemma.length <= 5) forms.set(`${lemma}${lemma.at(-1)}ing`, lemma);
  }
  return forms;
})();

/** The lemma of a cue word, also when the tagger missed it ("Tweeted" read as a name). */
function lemmaOf(t: Token): string {
  if (((CUES.get(t.lemma) ?? 0) & (SPEECH | STANCE)) !== 0) return t.lemma;
  const w = t.lower;
  // the stems "-ed", "-d", "-s", "-ied" → "-y", in that order; most words end otherwise (this runs on
  // every token of every sentence, so no string is built for them)
  const last = w.charCodeAt(w.length - 1);
  // '-ing' forms the tagger read as adjectives or nouns: 'is promising lower taxes', 'slamming' → 'slam'
  if (last === 103 && t.pos !== 'VERB') return ING_FORMS.get(w) ?? t.lemma;
  if (last !== 100 && last !== 115) return t.lemma;
  if (w.endsWith('ed') && isSpeechCue(w.slice(0, -2))) return w.slice(0, -2);
  if (last === 100 && isSpeechCue(w.slice(0, -1))) return w.slice(0, -1);
  if (last === 115 && isSpeechCue(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('ied') && isSpeechCue(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  return t.lemma;
}

/**
 * Whether token t is a cue, and of which kind. `loose` accepts any part of speech for verbs of
 * saying (next to a quote, "…,” Murphy Tweeted" is a cue whatever the tagger says); otherwise the
 * word must be a verb, or a plural noun-tagged verb that introduces speech ("The Times reports:").
 */
export function cueAt(t: Token | undefined, next: Token | undefined, loose = false): CueKind | null {
  if (!t) return null;
  const lemma = lemmaOf(t);
  const flags = CUES.get(lemma) ?? 0;
  const speech = (flags & SPEECH) !== 0;
  const verb = t.pos === 'VERB' || (t.pos === 'AUX' && lemma === 'say');
  if (speech && (verb || (loose && t.pos !== 'DET' && t.pos !== 'ADP'))) return 'speech';
  if (speech && t.pos === 'NOUN' && /s$/.test(t.lower) && (next?.lower === ':' || next?.lower === 'that')) return 'speech';
  if (((flags & STANCE) !== 0 || ((flags & TOPIC) !== 0 && !!next && CUE_PARTICLES.has(next.lower))) && verb) return 'stance';
  return null;
}

/**
 * An '-ing' form of a cue that the tagger read as an adjective or a noun, after a form of "be" or a comma: 'Trump is
 * promising lower taxes', '…, promising to lift regulations'.
 */
export function ingCue(t: Token, prev: Token | undefined, next: Token | undefined): CueKind | null {
  if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !prev || !(prev.lemma === 'be' || prev.text === ',') || !next || !/^(DET|PROPN|PRON|NOUN|ADJ|NUM|PART|SCONJ)$/.test(next.pos)) return null;
  const lemma = lemmaOf(t);
  if (lemma === t.lemma) return null;
  return isSpeechCue(lemma) ? 'speech' : 'stance';
}

/** The cue's lemma as the word lists know it. */
export const cueLemma = lemmaOf;
