import type { Sentence, Token } from '../../core/types.ts';
import type { Trigger } from './find-triggers.ts';

// prepositions that make a noun phrase the setting of another act: "demanded … at the third round of talks",
// "failed to agree despite weeks of negotiations", "suspended flights after the clashes"
const SETTING_PREPS = new Set(['at', 'during', 'in', 'despite', 'amid', 'amidst', 'after', 'following', 'before', 'since', 'over', 'for', 'throughout']);
// words a noun phrase may hold between its preposition and its head noun: "at the third round of tense talks"
const IN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
// "after"/"following" open what came before the act the sentence reports
const BEFORE_ACT = new Set(['after', 'following']);
// a noun's aim is no act: "talks aimed at ending the war", "a resolution that aims to impose a blockade"
const AIM = new Set(['aim', 'design', 'intend', 'mean']);
// protest, force posture, coercion and violence
const CONTENTIOUS = /^(14|15|17|18|19|20)/;
// words that join a protest to what it asks for
const CONTENT_OF = new Set(['to', 'in', 'by']);
const STOP = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * Why a trigger is only the setting of the sentence's own act, or null. The sentence must report
 * another act in a verb of its own that is no setting itself; a noun that is the only event stays
 * ("two soldiers were wounded in a bomb attack").
 *
 *   - a noun event inside a prepositional phrase of time, place or circumstance: "Opposition leaders
 *     demanded the release of all prisoners at the third round of talks" (one event, 10);
 *   - an act after "after"/"following" that precedes the act reported before it: "Kenya rejected the
 *     proposal on Monday after Uganda offered to mediate" (the rejection is the news);
 *   - what a relative clause tells of a noun of that act: "Turkey demanded that Greece return the
 *     aircraft that was seized last week" (violence only when dated earlier);
 *   - an aim: "a summit aimed at restoring diplomatic relations", "a plan that aims to
 *     impose a blockade": nobody has restored or imposed anything.
 */
export function settingTriggers(tokens: readonly Token[], s: Sentence, kept: readonly Trigger[]): Map<Trigger, string> {
  const out = new Map<Trigger, string>();
  if (kept.length < 2) return out;
  for (const tr of kept) {
    const why = settingReason(tokens, s, tr, kept);
    if (why) out.set(tr, why);
  }
  // the sentence's own act must remain, in a verb: otherwise nothing is the setting of anything
  const own = kept.some((t) => t.pattern.kind === 'verb' && !out.has(t));
  if (!own) out.clear();
  return out;
}

function settingReason(tokens: readonly Token[], s: Sentence, tr: Trigger, kept: readonly Trigger[]): string | null {
  // an aim, within the trigger's stretch of the sentence
  for (let k = tr.first - 1; k > s.first && k >= tr.first - 8; k--) {
    const t = tokens[k];
    if (STOP.has(t.text)) break;
    if ((t.lower === 'at' || t.lower === 'to') && AIM.has(tokens[k - 1].lemma) && !kept.some((o) => o.head === k - 1)) return `the aim of a plan ("${tokens[k - 1].text} ${t.text}")`;
  }
  // what a relative clause tells of a noun of the reported act: "demanded that Greece return the aircraft that
  // was seized last week", "hosted talks, which had been postponed"; violence told there is background
  // only when the clause dates it before the news ("whom they had kidnapped three weeks ago", "killed last May")
  const rel = relativeBefore(tokens, s, tr);
  if (rel >= 0 && (!CONTENTIOUS.test(tr.pattern.cameo) || earlier(tokens, s, rel)) && kept.some((o) => o !== tr && o.pattern.kind === 'verb' && o.last <= rel && relativeBefore(tokens, s, o) < 0)) return `told of a noun of the reported act ("${tokens[rel].text} …")`;
  // "issued a statement saying the government must share intelligence …": a statement
  // that carries another act of the sentence is that act's voice, not an event of its own
  if (tr.pattern.cameo.startsWith('01') && tr.pattern.kind === 'verb' && kept.some((o) => o !== tr && o.first >= tr.last && !o.pattern.cameo.startsWith('01'))) return 'the voice of another act';
  // what a protest asks for is its content, not a second act: "students demonstrated … on Monday calling
  // for the government to cut fees", "marched to press the government for higher pay"
  if (/^(02|10)/.test(tr.pattern.cameo) && (tokens[tr.head].lower.endsWith('ing') || CONTENT_OF.has(tokens[tr.first - 1]?.lower ?? '')) && kept.some((o) => o !== tr && o.last <= tr.first && o.pattern.cameo.startsWith('14') && o.pattern.kind === 'verb')) return 'what the protest asks for';
  // protest, force and violence are the news wherever the sentence puts them ("curfew was imposed after
  // militants attacked the town"): only talk and cooperation make a setting
  if (CONTENTIOUS.test(tr.pattern.cameo)) return null;
  // what happened before the reported act: "… after X did Y", with an act of the sentence before "after"
  for (let k = tr.first - 1; k > s.first; k--) {
    const t = tokens[k];
    if (STOP.has(t.text)) break;
    // "shells were lobbed, after which the police opened fire": what follows "after which" came later
    if (BEFORE_ACT.has(t.lower) && tokens[k + 1].lower !== 'which' && kept.some((o) => o !== tr && o.pattern.kind === 'verb' && o.last <= k)) return `what led to the act ("${t.text}")`;
  }
  if (tr.pattern.kind !== 'noun') return null;
  // the noun phrase's preposition: walk back over its modifiers and "of" links
  let k = tr.first - 1;
  while (k > s.first && (IN_PHRASE.has(tokens[k].pos) || tokens[k].lower === 'of') && !kept.some((o) => o !== tr && o.first <= k && k < o.last)) k--;
  const prep = tokens[k];
  if (k >= s.first && SETTING_PREPS.has(prep.lower) && (prep.pos === 'ADP' || prep.pos === 'SCONJ')) return `the setting of another act ("${prep.text} … ${tokens[tr.head].text}")`;
  return null;
}

const RELATIVE = new Set(['who', 'whom', 'which', 'where', 'whose', 'that']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** The relative pronoun that opens the trigger's clause ("the town, which the army had captured"), or -1. */
function relativeBefore(tokens: readonly Token[], s: Sentence, tr: Trigger): number {
  for (let k = tr.first - 1; k > s.first && k >= tr.first - 10; k--) {
    const t = tokens[k];
    if (STOP.has(t.text)) return -1;
    if (!RELATIVE.has(t.lower)) continue;
    const prev = tokens[k - 1];
    // "the aircraft that was seized": "that" relative only before its verb (not "said that", "the claim that")
    if (t.lower === 'that') return NOMINAL.has(prev.pos) && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX') ? k : -1;
    return NOMINAL.has(prev.pos) || prev.text === ',' ? k : -1;
  }
  return -1;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'weekend']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Does the relative clause from token k set its act before the news: a pluperfect ("whom they had
 * taken hostage"), a span "ago", "last week/month/March", "in August", "earlier"? A weekday ("where
 * police on Thursday opened fire") is the news itself.
 */
function earlier(tokens: readonly Token[], s: Sentence, k: number): boolean {
  for (let j = k + 1; j < s.last; j++) {
    const t = tokens[j];
    if (STOP.has(t.text)) return false;
    if (t.lower === 'had' || t.lower === 'ago' || t.lower === 'earlier' || t.lower === 'previously') return true;
    if (t.lower === 'last' && j + 1 < s.last && !WEEKDAYS.has(tokens[j + 1].lower)) return true;
    if (t.lower === 'in' && j + 1 < s.last && MONTHS.has(tokens[j + 1].lower)) return true;
  }
  return false;
}
