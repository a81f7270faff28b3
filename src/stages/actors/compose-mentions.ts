import { type ActorIndex, personCodeOn } from '../../dictionaries/actor-index.ts';
import type { PersonEntry } from '../../dictionaries/schema.ts';
import type { Mention, Token } from '../../core/types.ts';
import type { Atom } from './match-atoms.ts';

const JOINERS = new Set(['’s', "'s", '’', "'", 'the', '-']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'throughout', 'within']);
const MODIFIER_SUFFIX = new Set(['led', 'backed', 'based', 'funded', 'supported', 'sponsored', 'allied', 'aligned', 'made', 'owned', 'brokered']);
const COUNTRYISH = new Set(['country', 'adjective', 'capital']);
const UNIT = new Set(['company', 'companies', 'battalion', 'battalions', 'unit', 'units', 'column', 'columns', 'contingent', 'contingents', 'platoon', 'platoons', 'squad', 'squads', 'team', 'teams', 'detachment', 'detachments', 'personnel', 'member', 'members']);
const lastWord = (tokens: readonly Token[], a: Atom) => tokens[a.last - 1].lower;

/** Can atom `b` extend the group that ends with `a`? ("Belarusian President Alexander Lukashenko") */
function joins(tokens: readonly Token[], group: Atom[], b: Atom): boolean {
  const a = group[group.length - 1];
  const gap = tokens.slice(a.last, b.first);
  // "three companies of the state reserve police", "members of parliament": the unit belongs to the force
  if (a.item.kind === 'agent' && b.item.kind === 'agent' && UNIT.has(lastWord(tokens, a)) && gap.length <= 4 && gap[0]?.lower === 'of') return true;
  if (gap.length > 2) return false;
  const kinds = group.map((g) => g.item.kind);
  // "Bosnian Serbs", "Kosovo Albanians": a people named in the plural after a country lives there (the first country codes it)
  if (gap.length === 0 && group.length === 1 && (a.item.kind === 'adjective' || a.item.kind === 'country') && b.item.kind === 'adjective' && a.item.code !== b.item.code && /s$/.test(lastWord(tokens, b)) && /^[A-Z]/.test(tokens[b.first].text)) return true;
  if (COUNTRYISH.has(b.item.kind) && kinds.some((k) => COUNTRYISH.has(k) || k === 'person' || k === 'agent')) {
    // "the president of Russia" is fine; "Russia Ukraine" or "troops Russia" is not one actor
    if (!(gap.length === 1 && gap[0].lower === 'of' && a.item.kind === 'agent' && !kinds.some((k) => COUNTRYISH.has(k)))) return false;
    return true;
  }
  if (b.item.kind === 'person' && kinds.includes('person')) return false;

  return gap.every((t) => JOINERS.has(t.lower) || (MODIFIER_POS.has(t.pos) && /^[A-Za-z]/.test(t.text) && gap.length === 1));
}

function isLocative(tokens: readonly Token[], first: number, sentenceFirst: number): boolean {
  let k = first - 1;
  while (k >= sentenceFirst && (tokens[k].lower === 'the' || tokens[k].pos === 'ADJ')) k--;
  return k >= sentenceFirst && LOCATIVE.has(tokens[k].lower);
}

export interface ComposeContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly index: ActorIndex;
  readonly date: string | null;
  readonly sentence: number;
  readonly sentenceFirst: number;
}

/** Groups adjacent atoms into actor mentions and gives each its CAMEO code. */
export function composeMentions(atoms: readonly Atom[], ctx: ComposeContext): Mention[] {
  const groups: Atom[][] = [];
  for (const a of atoms) {
    const g = groups[groups.length - 1];
    if (g && joins(ctx.tokens, g, a)) g.push(a);
    else groups.push([a]);
  }
  const mentions: Mention[] = [];
  groups.forEach((g, gi) => {
    // "the Belarusian and Russian presidents": a bare adjective takes the role of the next group.
    const next = groups[gi + 1];
    const onlyAdj = g.length === 1 && g[0].item.kind === 'adjective';
    const between = next ? ctx.tokens.slice(g[g.length - 1].last, next[0].first) : [];
    const borrow =
      onlyAdj && next && between.length === 1 && (between[0].lower === 'and' || between[0].lower === ',') && next[0].item.kind === 'adjective'
        ? next.filter((x) => x.item.kind === 'agent')
        : [];
    mentions.push(toMention([...g, ...borrow], ctx, g));
  });
  // "Saudi-led forces", "Vietnamese-led troops": the leader's country is the forces' country
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    if (!m.modifier || !m.country || ctx.tokens[m.last + 1]?.lower !== 'led' || next.first !== m.last + 2 || next.kind !== 'agent' || next.code) continue;
    const role = ctx.index.agentCodes.get(next.entity ?? '');
    if (role) mentions[k + 1] = { ...next, code: m.country + role, country: m.country };
  }
  // Coordinated places: "in Poland and Lithuania" are both locative.
  for (let k = 1; k < mentions.length; k++) {
    const gap = ctx.tokens.slice(mentions[k - 1].last, mentions[k].first);
    if (mentions[k - 1].locative && gap.length === 1 && (gap[0].lower === 'and' || gap[0].lower === ',' || gap[0].lower === 'or')) {
      mentions[k] = { ...mentions[k], locative: true };
    }
  }
  return mentions;
}

function toMention(group: Atom[], ctx: ComposeContext, own: Atom[]): Mention {
  const first = own[0].first;
  const last = own[own.length - 1].last;
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last - 1].end;
  const find = (k: string) => group.find((a) => a.item.kind === k);
  const countryAtom = group.find((a) => COUNTRYISH.has(a.item.kind));
  const agents = group.filter((a) => a.item.kind === 'agent');
  const headAgent = agents[agents.length - 1];
  const person = find('person');
  const org = find('seat') ?? find('igo') ?? find('group');
  const country = countryAtom?.item.code ?? undefined;
  let code: string | null = null;
  let kind: Mention['kind'] = 'country';
  let entity: string | null = null;
  let role: string | undefined;
  const former = isFormer(ctx.tokens, Math.max(ctx.sentenceFirst, first - 3), last);
  if (person) {
    const p = choosePerson(person, ctx);
    const r = personCodeOn(p, ctx.date);
    code = r.code ?? (country && headAgent ? country + headAgent.item.code : (country ?? null));
    // "former President Trump": not the government, whatever the date says
    if (former && code && /(GOV|MIL|LEG|JUD|SPY|COP)$/.test(code)) code = p.default_code ?? `${code.slice(0, 3)}ELI`;
    role = former ? undefined : (r.title ?? undefined);
    kind = 'person';
    entity = p.id;
  } else if (org) {
    code = org.item.code;
    kind = org.item.kind === 'seat' ? 'country' : org.item.kind === 'igo' ? 'igo' : 'group';
    entity = org.item.entry;
  } else if (headAgent) {
    code = country ? country + (former && /^(GOV|MIL|LEG|JUD|SPY|COP)$/.test(headAgent.item.code ?? '') ? 'ELI' : headAgent.item.code) : null;
    kind = 'agent';
    entity = headAgent.item.entry;
  } else if (countryAtom) {
    code = countryAtom.item.code;
    entity = countryAtom.item.entry;
  }
  const after = ctx.tokens[last];
  const after2 = ctx.tokens[last + 1];
  const modifier = after?.text === '-' && after2 !== undefined && MODIFIER_SUFFIX.has(after2.lower) && after.start === ctx.tokens[last - 1].end;
  const onlyPlace = group.length === 1 && (countryAtom?.item.kind === 'capital' || countryAtom?.item.kind === 'country' || group[0].item.kind === 'seat');
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    sentence: ctx.sentence,
    first,
    last,
    code,
    entity,
    kind,
    role,
    country: code ? code.slice(0, 3) : country,
    entries: group.map((a) => a.item.entry),
    metonym: countryAtom?.item.kind === 'capital' || find('seat') !== undefined,
    locative: onlyPlace && isLocative(ctx.tokens, first, ctx.sentenceFirst),
    modifier,
  };
}

const FORMER = new Set(['former', 'ex', 'ousted', 'deposed', 'exiled', 'erstwhile', 'onetime', 'one-time', 'late']);

/** "former Ukrainian prime minister", "ex-president", "the late King Hussein". */
function isFormer(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FORMER.has(tokens[k].lower)) return true;
  return false;
}

/** Two people with one name ("Khamenei", father and son): the one holding a role on the date. */
function choosePerson(atom: Atom, ctx: ComposeContext): PersonEntry {
  const people = atom.items.filter((i) => i.kind === 'person').map((i) => ctx.index.people.get(i.entry)!);
  if (people.length > 1 && ctx.date) {
    const holding = people.find((p) => personCodeOn(p, ctx.date).title !== null);
    if (holding) return holding;
  }
  return ctx.index.people.get(atom.item.entry)!;
}
