import type { CompiledPattern, PatternIndex } from '../../dictionaries/pattern-index.ts';
import { pushAll } from '../../core/push-all.ts';
import type { Stage } from '../../core/stage.ts';
import type { ActorRef, Attribution, DateMention, EventCandidate, Mention, PlaceMention, Sentence, Token, Trace } from '../../core/types.ts';
import { SPEECH_CUES } from '../attributions/cues.ts';
import { assignArguments, type SentenceContext } from './assign-actors.ts';
import { claimFor, accusationsFrom } from './claims.ts';
import { type ClauseMap, clauseOf, mapClauses } from './clauses.ts';
import { findTriggers, type Trigger } from './find-triggers.ts';
import { readModality } from './modality.ts';
import { statementEvents } from './statements.ts';
import { policeStatements } from './police-statements.ts';
import { outOfScope, storyKind } from './story-kind.ts';
import { inStoryScope } from './in-story-scope.ts';
import { noiseKind } from './noise.ts';
import { impliedActor, placeTarget, recipientOfTell, symmetricCode } from './roles.ts';
import { stateAgent } from './state-agent.ts';
import { threatCode } from './threat-code.ts';
import { demandCode } from './demand-code.ts';
import { settingTriggers } from './setting-triggers.ts';
import { inSentence } from '../../core/by-sentence.ts';
import { tokenAt } from '../../core/token-at.ts';
import { lowerBound } from '../../core/lower-bound.ts';

const STAGE = 'events.patterns.v1';
const INTENT_ROOTS = /^0[4-8]/;
const ARMED = /(MIL|REB|INS|SEP|UAF|COP)$|^IMG/;
const STATE_AGENTS = /(GOV|COP|MIL|JUD|SPY)$/;
const CIVILIANS = /CVL$/;
const OBLIGED = new Set(['must', 'should', 'ought']);
const GOVERNS_COMPLEMENT = /^(02|03|10|11|12|13)/;
const LINKS = new Set(['to', 're', '-', 'of', 'for', 'from', 'into', 'with', 'in']);

/**
 * A trigger inside the complement of another coded trigger is part of that event, not a second
 * one: "threatened to re-impose sanctions" is one 1312, "accused Ukraine of shelling" one 112.
 */
function absorbed(tokens: readonly Token[], tr: Trigger, earlier: readonly Trigger[], clauses: ClauseMap, s: Sentence): Trigger | null {
  for (const a of earlier) {
    // only a verb governs a complement; "warplanes struck" is not part of "warplanes"
    if (a.pattern.kind !== 'verb' || a.head >= tr.first || tr.first - a.last > 6) continue;
    // "killed in police firing": the noun names the same act and its agent; oneViolentAct joins them
    if (tr.pattern.kind === 'noun' && VIOLENT.test(a.pattern.cameo) && VIOLENT.test(tr.pattern.cameo)) continue;
    // a demand, appeal, threat or promise governs its "that" clause: "demanded that Turkey stop …"
    const governs = GOVERNS_COMPLEMENT.test(a.pattern.cameo) && tokens.slice(a.last, tr.first).some((t) => t.lower === 'that');
    if (clauseOf(clauses, s, a.head) !== clauseOf(clauses, s, tr.first) && !governs && !tokens.slice(a.last, tr.first).some((t) => t.lower === 'to')) continue;
    const between = tokens.slice(a.last, tr.first);
    // what a demand, appeal, threat, promise or refusal is about is part of it, however many verbs
    // lead there: "demanded that its partners refuse to recognize", "rejected an invitation to attend a meeting"
    const content = governs || (GOVERNS_COMPLEMENT.test(a.pattern.cameo) && clauseOf(clauses, s, a.head) === clauseOf(clauses, s, tr.first) && between.some((t) => t.lower === 'to'));
    if (content) return a;
    // "opened fire and were able to arrest 39": a coordinated verb phrase is an act of its own
    if (between.some((t) => t.pos === 'CCONJ')) continue;
    if (between.some((t) => t.pos === 'VERB' && !LINKS.has(t.lower))) continue;
    if (tr.pattern.kind === 'noun' || between.some((t) => LINKS.has(t.lower)) || between.length <= 3) return a;
  }
  return null;
}

export const eventCandidatesStage: Stage<{ patterns: PatternIndex; intentOf: (cameo: string) => string | null }> = {
  name: STAGE,
  requires: ['tokens', 'sentences', 'mentions', 'focus', 'attributions', 'dates', 'places'],
  assigns: ['candidates', 'traces'],
  run(doc, { patterns, intentOf }) {
    const tokens = doc.layers.tokens!;
    const attributions = doc.layers.attributions!;
    const mentions = doc.layers.mentions!;
    const dates = doc.layers.dates!;
    const lemmas = tokens.map((t) => t.lemma);
    const lowers = tokens.map((t) => t.lower);
    maskMonths(tokens, dates, lemmas, lowers);
    const out: EventCandidate[] = [];
    const traces: Trace[] = [];
    const note = (sentence: number, kind: Trace['kind'], text: string) => traces.push({ stage: STAGE, sentence, kind, text });
    for (const s of doc.layers.sentences!) {
      const noise = noiseKind(tokens, s, doc.text);
      if (noise) {
        note(s.index, 'dropped', `sentence skipped as ${noise}`);
        continue;
      }
      const clauses = mapClauses(tokens, s);
      const sentenceMentions = inSentence(mentions, s.index);
      const ctx: SentenceContext = { text: doc.text, tokens, s, clauses, allMentions: sentenceMentions, mentions: sentenceMentions.filter((m) => !m.locative && !m.modifier) };
      const triggers = findTriggers(tokens, s, patterns, lemmas, lowers, clauses);
      const kept: Trigger[] = [];
      for (const tr of triggers) {
        note(s.index, 'pattern-tried', `${tokens[tr.head].text}: ${tr.tried.join(', ')}`);
        const why = dropReason(tr, tokens, s, clauses, attributions, sentenceMentions, kept, triggers, dates);
        if (why) {
          note(s.index, 'dropped', `${tr.pattern.id} at "${tokens[tr.head].text}": ${why}`);
          continue;
        }
        kept.push(tr);
      }
      const setting = settingTriggers(tokens, s, kept);
      for (const [tr, why] of setting) note(s.index, 'dropped', `${tr.pattern.id} at "${tokens[tr.head].text}": ${why}`);
      const story = storyKind(tokens, doc.layers.sentences!, s, patterns);
      const here: EventCandidate[] = [];
      for (const tr of kept) {
        if (setting.has(tr)) continue;
        for (const c of candidatesFor(tr, ctx, attributions, doc.layers.focus ?? null, doc.layers.places!, intentOf, note)) {
          const why = outOfScope(c.cameo, story, c.source?.code ?? null, c.target?.code ?? null);
          if (why) note(s.index, 'dropped', `${c.rule} ${c.cameo}: ${why}`);
          else here.push(c);
        }
      }
      pushAll(out, oneViolentAct(here, kept, tokens, clauses, s, note));
    }
    pushAll(out, accusationsFrom(out, attributions, tokens, doc.layers.sentences!));
    pushAll(out, statementEvents(attributions, out, tokens, doc.layers.sentences!, patterns));
    pushAll(out, policeStatements(attributions, out, tokens, doc.layers.sentences!, patterns));
    return { candidates: inStoryScope(out, tokens, doc.layers.sentences!, patterns, note), traces };
  },
};

function dropReason(
  tr: Trigger,
  tokens: readonly Token[],
  s: Sentence,
  clauses: ClauseMap,
  attributions: readonly Attribution[],
  mentions: readonly Mention[],
  kept: readonly Trigger[],
  all: readonly Trigger[],
  dates: readonly DateMention[],
): string | null {
  const head = tokens[tr.head];
  // "X said Y attacked Z": the saying is no event of its own; "X asked Y to extradite Z" is (an appeal)
  if (tr.pattern.cameo.startsWith('01') && SPEECH_CUES.has(head.lemma) && attributions.some((a) => a.cue && a.cue.start === head.start)) {
    const a = attributions.find((x) => x.cue?.start === head.start)!;
    if (all.some((o) => o !== tr && tokens[o.head].start >= a.content.start && tokens[o.head].start < a.content.end)) return 'speech cue of a reported event';
  }
  // "Turkish-backed rebels", "a US-sponsored ceasefire": a participle joined to a name by a hyphen
  // describes the noun after it; the backing is no event of this sentence
  if (tr.pattern.kind === 'verb' && tr.first > s.first + 1 && tokens[tr.first - 1].text === '-' && tokens[tr.first - 1].end === head.start && tokens[tr.first - 2].end === tokens[tr.first - 1].start && tr.last < s.last && /^(NOUN|PROPN|ADJ)$/.test(tokens[tr.last].pos)) return 'a hyphenated modifier';
  const clauseKind = clauses.kinds[clauseOf(clauses, s, tr.first)];
  const inRelative = clauses.relative[tr.first - s.first] === 1;
  const by = absorbed(tokens, tr, kept, clauses, s);
  if (by) return `part of ${by.pattern.id}`;
  if (clauseKind === 'conditional') return 'inside a conditional clause';
  if (alleged(tokens, tr.first, s.first)) return 'an act someone is suspected of or charged with';
  if (clauseKind === 'sub' && unrealised(tokens, clauses.starts[clauseOf(clauses, s, tr.first)], tr.head)) return 'inside an until- or before-clause of an act still to come';
  // "Israeli warplanes struck": the noun is the actor; "a suicide bomber" names the act as well
  if (tr.pattern.kind === 'noun' && tr.last - tr.first < 2 && mentions.some((m) => m.first <= tr.head && tr.head < m.last && m.code)) return 'the noun names an actor';
  if (inRelative && inSentence(dates, s.index).some(historic)) return 'background clause';
  // "suspected of blowing up a plane in 1988": a past year in the trigger's own clause is background
  const here = clauseOf(clauses, s, tr.first);
  const dated = inSentence(dates, s.index).find((d) => historic(d) && clauseAt(tokens, s, d.start, clauses) === here);
  if (dated) return `background ("${dated.text}")`;
  return null;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A month inside a date is no word of an event: "attacked on march 3" names no protest march. */
function maskMonths(tokens: readonly Token[], dates: readonly DateMention[], lemmas: string[], lowers: string[]): void {
  for (const d of dates) {
    for (let k = lowerBound(tokens, (t) => t.start, d.start); k < tokens.length && tokens[k].start < d.end; k++) {
      if (MONTHS.has(tokens[k].lower)) lemmas[k] = lowers[k] = '';
    }
  }
}

function candidatesFor(
  tr: Trigger,
  ctx: SentenceContext,
  attributions: readonly Attribution[],
  focus: string | null,
  places: readonly PlaceMention[],
  intentOf: (cameo: string) => string | null,
  note: (s: number, k: Trace['kind'], t: string) => void,
): EventCandidate[] {
  const { tokens, s } = ctx;
  const found = assignArguments(ctx, tr);
  // "the police played a passive role in the riots": the state's agents are not who riots or
  // protests unless they name the act ("a police protest"); the crowd is the country's people
  const args = tr.pattern.kind === 'noun' && tr.pattern.cameo.startsWith('14') ? { ...found, sources: found.sources.filter((m) => !(m.code && STATE_AGENTS.test(m.code) && m.last < tr.first)) } : found;
  let target: ActorRef | null = args.target ?? (tr.pattern.kind === 'verb' ? recipientOfTell(ctx, tr) : null);
  const mod = readModality(tokens, s, ctx.clauses, tr.first, tr.pattern.modality);
  let sources: (ActorRef | null)[] = args.sources.length ? args.sources : [null];
  // "Indian and French warships launched war games": drills two states hold together are military
  // cooperation in the codebook (062, like "joint exercises"), not one side's show of force (150)
  const base = tr.pattern.id === 'hold.drills' && twoStates(args.sources) ? '062' : tr.pattern.cameo;
  const symmetric = base === '062' || symmetricCode(base);
  // "150 people were arrested": an act only some role performs is theirs when nobody is named
  if (!args.sources.length && tr.pattern.impliedSource) {
    sources = [impliedActor(tokens[tr.head].start, (focus ?? '') + tr.pattern.impliedSource)];
  }
  // "violent protests continue": protesters with no words of their own are the article country's people
  if (!args.sources.length && tr.pattern.kind === 'noun' && tr.pattern.cameo.startsWith('14') && focus) {
    sources = [impliedActor(tokens[tr.first].start, focus)];
  }
  // "Armenia and Azerbaijan agreed to a ceasefire": a symmetric act between the two
  if (symmetric && sources.length === 2 && (base !== tr.pattern.cameo || !target || !isAfterTargetPrep(ctx, target, tr))) {
    target = sources[1];
    sources = [sources[0]];
  }
  if (!target) target = placeTarget(ctx, tr, places, sources[0], focus);
  // a promised or planned act is an expression of intent in CAMEO: "will visit" 036, "offered to send troops" 0332
  // a promise under a condition is still a promise: "said they would meet the mediator if he gave them a veto" 036
  const promised = [mod.modality, mod.conditioned].some((m) => m === 'intended' || m === 'future');
  let cameo = promised && INTENT_ROOTS.test(base) ? (intentOf(base) ?? base) : base;
  // announcing a hostile act, or making it the price of a condition, is a threat: "will boycott the
  // elections unless the president steps down" 1312, "said they would blockade Paris" 1381
  let threatened = false;
  if (promised || mod.cue === 'unless') {
    const threat = threatCode(cameo);
    if (threat) [cameo, threatened] = [threat, true];
  }
  // killing soldiers, police or fighters is fighting (19), not violence against civilians (18)
  if (cameo === '180' && target?.code && ARMED.test(target.code)) cameo = '190';
  // civilians looting or burning property are rioting: CAMEO 145 counts destruction of property by a
  // crowd as violent protest ("rioters looted shops"); armed men burning homes stay 1712
  if ((cameo === '171' || cameo === '1712') && sources[0]?.code && CIVILIANS.test(sources[0].code)) cameo = '145';
  // police firing on a crowd or a mob is violent repression (175), not combat: "police fired 12 rounds to disperse a mob";
  // the noun ("killed in police firing") stays violent so that it lends the killing its agent
  if (tr.pattern.kind === 'verb' && /^fire\./.test(tr.pattern.id) && policeOnCrowd(cameo, sources[0], target)) cameo = '175';
  const trigger = { start: tokens[tr.first].start, end: tokens[tr.last - 1].end };
  const evidence = { start: s.start, end: s.end };
  const out: EventCandidate[] = [];
  for (const named of sources) {
    const source = stateAgent(named, cameo);
    const claim = claimFor(trigger.start, attributions, source);
    // "Russia said Sudan must return the helicopter": the speaker demands it of the one who must (10x)
    const demand = mod.modality === 'demanded' && OBLIGED.has(mod.cue ?? '') && !mod.negated && claim?.by?.code && source?.code && claim.by.code.slice(0, 3) !== source.code.slice(0, 3) ? demandCode(cameo, intentOf) : null;
    if (demand && claim?.by) {
      note(s.index, 'pattern-fired', `${tr.pattern.id} → ${demand} demanded by ${claim.by.code} of ${source?.code}`);
      out.push({ sentence: s.index, rule: `${tr.pattern.id}.demanded`, cameo: demand, trigger, head: tr.head, source: stateAgent(claim.by, demand), target: source, modality: 'asserted', negated: false, claim: null, evidence, background: false });
      continue;
    }
    let modality = threatened ? 'threatened' : mod.modality;
    if (claim?.reported && modality === 'asserted') modality = 'reported';
    note(s.index, 'pattern-fired', `${tr.pattern.id} → ${cameo} ${source?.code ?? '?'} → ${target?.code ?? '?'} (${modality}${mod.negated ? ', negated' : ''})`);
    out.push({
      sentence: s.index,
      rule: tr.pattern.id,
      cameo,
      trigger,
      head: tr.head,
      source,
      target: target && target !== named ? target : null,
      modality,
      negated: mod.negated,
      claim: claim ? { by: claim.by, cue: claim.cue } : null,
      evidence,
      background: false,
    });
  }
  return out;
}

/** Two actors of different states: "Indian and French warships". */
function twoStates(sources: readonly ActorRef[]): boolean {
  const a = sources[0]?.code?.slice(0, 3);
  const b = sources[1]?.code?.slice(0, 3);
  return sources.length === 2 && !!a && !!b && a !== b;
}

/** Is the target introduced by one of the pattern's own prepositions ("agreed a truce with X")? */
function isAfterTargetPrep(ctx: SentenceContext, target: ActorRef, tr: Trigger): boolean {
  const k = tokenAt(ctx.tokens, target.start);
  return k > 0 && tr.pattern.targetPreps.includes(ctx.tokens[k - 1].lower);
}

const ALLEGING = new Set(['suspected', 'accused', 'charged', 'convicted', 'wanted', 'arrested', 'jailed', 'detained', 'sentenced', 'guilty', 'blamed', 'responsible', 'indicted', 'tried']);
const ALLEGING_PREP = new Set(['of', 'for', 'with']);

/**
 * "two nationals suspected of blowing up a plane", "arrested for rioting": an act somebody is
 * suspected of, charged with or held for is the charge's content, not an event the text reports.
 */
function alleged(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  if (first - 2 < sentenceFirst || !ALLEGING_PREP.has(tokens[first - 1].lower)) return false;
  if (ALLEGING.has(tokens[first - 2].lower)) return true;
  // "two men suspected by the police of bombing a bus station": the agent of the suspicion may come between
  for (let k = first - 2; k > sentenceFirst && k >= first - 7; k--) {
    if (tokens[k].lower === 'by') return ALLEGING.has(tokens[k - 1].lower);
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * A background date that makes its clause history: a past year ("in 1988", "in the 1990s") or a
 * "since". "Last month" is background for dating (no day) but recent news: "guerrillas blew up
 * power lines last month" is an event.
 */
function historic(d: DateMention): boolean {
  return d.background && (/\b(1[5-9]|20)\d\d/.test(d.text) || /^since\b/i.test(d.text));
}

function clauseAt(tokens: readonly Token[], s: Sentence, offset: number, clauses: ClauseMap): number {
  for (let k = s.first; k < s.last; k++) if (tokens[k].end > offset) return clauseOf(clauses, s, k);
  return -1;
}

// violence, and violent repression: "tear-gas shells were lobbed to disperse the crowd" is one 175
const VIOLENT = /^(175|18|19|20)/;

/**
 * One violent act, one event: "a suicide bomber attacked the base" and "the base was targeted by a
 * suicide bomber" give the noun's precise code (1831) with the verb's actors, not a 1831 and a 190.
 */
function oneViolentAct(
  here: EventCandidate[],
  triggers: readonly Trigger[],
  tokens: readonly Token[],
  clauses: ClauseMap,
  s: Sentence,
  note: (s: number, k: Trace['kind'], t: string) => void,
): EventCandidate[] {
  // most sentences have no violent act: nothing to merge
  if (!here.some((c) => VIOLENT.test(c.cameo))) return here;
  const dropped = new Set<EventCandidate>();
  const out = here.map((c) => c);
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (dropped.has(v) || kindOf(triggers, tokens, v) !== 'verb' || !VIOLENT.test(v.cameo)) continue;
    // two acts with agents of their own, or parted by a comma, stay two: "six were injured in police firing, 12 were killed by the rioters"
    // (an agent the pattern implies is its own trigger word: "tear-gas shells were lobbed" has one agent, unnamed)
    const n = out.find((x) => x !== v && !dropped.has(x) && kindOf(triggers, tokens, x) === 'noun' && VIOLENT.test(x.cameo) && clauseOf(clauses, s, x.head) === clauseOf(clauses, s, v.head) && Math.abs(x.head - v.head) <= 6 && !apart(tokens, x, v));
    if (!n) continue;
    const specific = n.cameo.length > v.cameo.length || (n.cameo.length === v.cameo.length && n.cameo < v.cameo);
    const keep = specific ? n : v;
    const drop = specific ? v : n;
    out[out.indexOf(keep)] = { ...keep, source: keep.source ?? drop.source, target: keep.target ?? drop.target };
    dropped.add(drop);
    note(s.index, 'dropped', `${drop.rule} ${drop.cameo}: the same act as ${keep.rule}`);
  }
  const kept = out.filter((c) => !dropped.has(c));
  return deathIn(tokens, s) ? kept : kept.map(policeFiring);
}

// words that tell of a death in the sentence
const DEATH = new Set(['die', 'dead', 'death', 'perish', 'slay', 'slain', 'kill', 'killed', 'killing', 'body', 'bodies', 'toll', 'fatal', 'fatally', 'life', 'lives', 'succumb', 'casualty', 'casualties']);

function deathIn(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) if (DEATH.has(tokens[k].lemma) || DEATH.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Police firing in a sentence that tells of no death is the police firing on a crowd, violent
 * repression (175) as the verb is: "six people were injured in police firing". Where someone died
 * ("two were killed in police firing") it stays lethal fighting or lends a killing its agent, above.
 */
function policeFiring(c: EventCandidate): EventCandidate {
  return c.rule === 'firing.noun' && policeOnCrowd(c.cameo, c.source, c.target) ? { ...c, cameo: '175' } : c;
}

/** Fighting (190–193) by the police at no armed party: the police firing on a crowd. */
function policeOnCrowd(cameo: string, source: ActorRef | null | undefined, target: ActorRef | null | undefined): boolean {
  return /^19[0-3]$/.test(cameo) && /COP$/.test(source?.code ?? '') && !(target?.code && ARMED.test(target.code));
}

function kindOf(triggers: readonly Trigger[], tokens: readonly Token[], c: EventCandidate): CompiledPattern['kind'] | undefined {
  return triggers.find((t) => tokens[t.first].start === c.trigger.start)?.pattern.kind;
}

/** Two acts with agents of their own, or parted by a comma. */
function apart(tokens: readonly Token[], x: EventCandidate, v: EventCandidate): boolean {
  return (named(x) && named(v) && x.source!.start !== v.source!.start) || tokens.slice(Math.min(x.head, v.head), Math.max(x.head, v.head)).some((t) => t.text === ',');
}

/** Does the candidate name its source in the text (not the implied agent of its pattern, an empty span at the trigger)? */
function named(c: EventCandidate): boolean {
  return !!c.source && !(c.source.start >= c.trigger.start && c.source.end <= c.trigger.end);
}

/** "until their demands are met", "before they demobilize": a clause about an act not yet done. */
function unrealised(tokens: readonly Token[], start: number, head: number): boolean {
  const w = tokens[start].lower;
  if (w === 'until') return true;
  if (w !== 'before') return false;
  // "before they withdrew", "before it had fired": an inflected verb form that is no "-ing" or present "-s"
  const past = (t: Token) => t.lemma === 'have' || t.lower === 'was' || t.lower === 'were' || (t.pos === 'VERB' && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower));
  return !tokens.slice(start + 1, head + 1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && past(t));
}
