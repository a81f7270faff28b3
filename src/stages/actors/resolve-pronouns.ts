import type { Mention, Sentence, Token } from '../../core/types.ts';
import { inSentence } from '../../core/by-sentence.ts';
import { pushAll } from '../../core/push-all.ts';

const SPEECH = new Set(['say', 'tell', 'add', 'claim', 'insist', 'announce', 'warn', 'state', 'stress', 'note', 'declare', 'report', 'confirm', 'reply', 'respond']);
const GROUP_NOUNS = new Set(['country', 'government', 'nation', 'state', 'administration']);

type Wants = 'person-m' | 'person-f' | 'thing' | 'person';

// Role nouns that name one person: "the president", "the spokeswoman" are "he"/"she", not "it".
const PERSONAL_ROLE = /(president|minister|leader|chancellor|premier|spokes\w*|secretary|official|ambassador|envoy|general|commander|king|queen|prince|emir|sheikh|senator|judge|governor|mayor|chief|head|dictator|monarch)$/i;

function kindOf(m: Mention): Mention['kind'] | 'personal-role' {
  const k = m.kind === 'pronoun' ? (m.refersTo ?? 'unknown') : m.kind;
  return k === 'agent' && PERSONAL_ROLE.test(m.text) ? 'personal-role' : k;
}

function compatible(m: Mention, wants: Wants, gender: (m: Mention) => string | undefined): boolean {
  if (m.locative || m.modifier || !m.code) return false;
  const kind = kindOf(m);
  if (wants === 'thing') return kind === 'country' || kind === 'igo' || kind === 'group' || kind === 'agent';
  if (kind !== 'person' && kind !== 'personal-role') return false;
  if (wants === 'person' || kind === 'personal-role') return true;
  const g = gender(m);
  return !g || g === (wants === 'person-m' ? 'm' : 'f');
}

/**
 * Subject pronouns ("he said", "it is ready") and "his country" become mentions coded like their
 * antecedent. Inside reported speech the pronoun refers to the speaker: in "Russia says it has told
 * Lukashenko it is ready to offer …", both "it" are Russia.
 */
export function resolvePronouns(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  text: string,
  gender: (m: Mention) => string | undefined,
): Mention[] {
  const all = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  // Mentions and resolved pronouns of sentences s - back … s, without scanning the article.
  const outBySentence: Mention[][] = [];
  const near = (sentence: number, back: number): Mention[] => {
    const found: Mention[] = [];
    for (let j = Math.max(0, sentence - back); j <= sentence; j++) {
      pushAll(found, inSentence(all, j));
      if (outBySentence[j]) pushAll(found, outBySentence[j]);
    }
    return found;
  };
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      const next = tokens[i + 1];
      let last = i + 1;
      let wants: Wants | null = null;
      if ((t.lower === 'he' || t.lower === 'she') && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) {
        wants = t.lower === 'he' ? 'person-m' : 'person-f';
      } else if (t.lower === 'it' && next && (next.pos === 'VERB' || next.pos === 'AUX')) {
        wants = 'thing';
      } else if ((t.lower === 'his' || t.lower === 'her' || t.lower === 'its') && next && GROUP_NOUNS.has(next.lower)) {
        wants = t.lower === 'its' ? 'thing' : t.lower === 'his' ? 'person-m' : 'person-f';
        last = i + 2;
      }
      if (!wants) continue;
      const antecedent = speakerBefore(tokens, s, i, near(s.index, 0), wants, gender) ?? latestBefore(near(s.index, 3), t.start, wants, gender);
      if (!antecedent) continue;
      const start = t.start;
      const end = tokens[last - 1].end;
      const pronoun: Mention = {
        start,
        end,
        text: text.slice(start, end),
        sentence: s.index,
        first: i,
        last,
        code: antecedent.code,
        entity: antecedent.entity,
        kind: 'pronoun',
        refersTo: antecedent.kind === 'pronoun' ? antecedent.refersTo : antecedent.kind,
        role: antecedent.role,
        country: antecedent.country,
        entries: antecedent.entries,
        pronoun: true,
      };
      out.push(pronoun);
      (outBySentence[s.index] ??= []).push(pronoun);
    }
  }
  return out;
}

/** The subject of the nearest verb of saying before the pronoun, in the same sentence. */
function speakerBefore(tokens: readonly Token[], s: Sentence, i: number, sentenceMentions: readonly Mention[], wants: Wants, gender: (m: Mention) => string | undefined): Mention | null {
  for (let k = i - 1; k > s.first; k--) {
    if (!SPEECH.has(tokens[k].lemma) || tokens[k].pos !== 'VERB') continue;
    const subj = sentenceMentions.filter((m) => m.last <= k && m.last >= k - 3).pop();
    if (subj && compatible(subj, wants, gender)) return subj;
    if (subj) return null;
  }
  return null;
}

function latestBefore(all: readonly Mention[], offset: number, wants: Wants, gender: (m: Mention) => string | undefined): Mention | null {
  let best: Mention | null = null;
  for (const m of all) {
    if (m.start >= offset) continue;
    if ((!best || m.start > best.start) && compatible(m, wants, gender)) best = m;
  }
  return best;
}
