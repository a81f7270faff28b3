import type { Mention, PlaceMention, Sentence, Token } from '../../core/types.ts';

// Names that match no dictionary entry: "Acme Mining Corp sued the government", "President Ruto met
// Kasimir Volk". They become mentions of kind 'unknown' with `code: null`, so that an event keeps the
// actor's text (records.md: "unknown but recognised actors keep their text with code: null") and
// `dyad actors unknown` can list them for curation. Precision over recall: only runs of proper
// nouns the tagger is sure of, and none of the capitalised words that are not actors.

const MONTHS_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Titles before a name, without their dot: dropped from the name ("Mr Volk" → "Volk", "Minnesota Gov. Mark Dayton" → "Mark Dayton"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend', 'st', 'sen', 'rep', 'gov', 'pres',
  'gen', 'col', 'maj', 'capt', 'lt', 'sgt', 'adm', 'cmdr', 'secretary', 'senator', 'governor', 'congressman', 'congresswoman', 'mayor', 'judge',
  'justice', 'president', 'minister', 'ambassador', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'pope',
  'cardinal', 'bishop', 'imam', 'ayatollah', 'general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'commander', 'admiral',
  'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'deputy',
]);
const isTitle = (t: Token) => TITLES.has(t.lower.replace(/\.$/, ''));

/** Capitalised words that are no actor: holidays, eras, platforms, the divine, pronoun-like words. */
const NOT_ACTORS = new Set([
  'christmas', 'easter', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover', 'lent', 'new', 'year', 'god', 'allah', 'covid', 'covid-19', 'coronavirus', 'ebola',
  'north', 'south', 'east', 'west', 'twitter', 'facebook', 'instagram', 'telegram', 'youtube', 'tiktok', 'whatsapp', 'internet', 'i', 'x', 'ok',
  'thousands', 'hundreds', 'dozens', 'scores', 'millions', 'reuters', 'afp', 'ap', 'bbc', 'cnn', 'xinhua', 'tass', 'ria', 'interfax', 'aljazeera',
]);

/** Last words of names of things, events and places rather than actors: "Paris Agreement", "Main Street". */
const NOT_ACTOR_HEADS = new Set([
  'amendment', 'amendments', 'holocaust', 'question', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'convention', 'conventions', 'act', 'law', 'bill', 'resolution', 'declaration', 'protocol', 'charter',
  'plan', 'initiative', 'summit', 'conference', 'forum', 'games', 'cup', 'prize', 'award', 'awards', 'day', 'week', 'festival', 'war', 'crisis', 'election', 'elections',
  'street', 'road', 'avenue', 'square', 'bridge', 'airport', 'stadium', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands', 'province', 'district', 'region',
  'county', 'valley', 'desert', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'peninsula', 'coast', 'camp', 'prison', 'palace', 'hall', 'hotel', 'centre', 'center', 'port',
  'device', 'devices', 'bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'heights', 'zoo', 'park', 'market', 'school', 'hospital', 'mall', 'building', 'tower', 'quarters', 'headquarters', 'compound', 'facility', 'facilities', 'plant', 'base', 'reactor', 'site', 'mine', 'field', 'oilfield', 'refinery', 'dam', 'station', 'rally', 'rallies', 'march', 'protest', 'protests', 'strike', 'demonstration', 'campaign', 'offensive', 'highway', 'corridor', 'crossing', 'border', 'line', 'zone', 'mosque', 'church', 'cathedral', 'temple', 'index', 'exchange', 'times', 'post', 'news', 'online',
]);

/** Words between two capitalised words that keep one name: "Movement for Democratic Change", "Bank of Zorg". */
const CONNECTORS = new Set(['of', 'for', '&', 'de', 'del', 'la', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'du', 'da']);

/** Lower-case name particles: a capitalised word after one is the end of a longer name. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'du', 'la', 'le', 'ul', 'ur', 'e']);

/** Prepositions that introduce the other party of an act: "sued by Acme", "talks with Acme". */
const ARGUMENT_PREPS = new Set(['against', 'with', 'by', 'to', 'on', 'between', 'among', 'for', 'upon']);

/** "the town of Xville", "the province of Xland": a place, even where the gazetteer does not know it. */
const PLACE_NOUNS = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'province', 'provinces', 'district', 'districts', 'region', 'regions', 'area', 'areas', 'county', 'state', 'island', 'port', 'capital', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'governorate', 'department', 'prefecture', 'valley', 'enclave', 'settlement', 'camp']);

/** Prepositions after which a name is a place, a time or a circumstance, not an argument: "in Xville". */
const NON_ARGUMENT_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'throughout', 'within', 'from', 'during', 'since', 'until', 'via', 'through', 'towards', 'toward', 'as', 'like']);

const isCapital = (t: Token) => /^[A-Z\u00C0-\u00DE]/.test(t.text);
const innerWord = (t: Token) => /^(NOUN|ADJ)$/.test(t.pos) && /^[A-Z][a-z]/.test(t.text) && !MONTHS_DAYS.has(t.lower);
const nameWord = (t: Token) => t.pos === 'PROPN' && isCapital(t) && /^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t.text) && !MONTHS_DAYS.has(t.lower.replace(/\.$/, ''));

/**
 * Headline case ("Rebels Attack Town Near Border") or capitals throughout: case says nothing about
 * names, so no unknown name is taken from such a sentence.
 */
function headlineCase(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  let common = 0;
  let commonCaps = 0;
  for (let k = s.first + 1; k < s.last; k++) {
    const t = tokens[k];
    if (!/^[A-Za-z]/.test(t.text)) continue;
    words++;
    const cap = isCapital(t);
    if (cap) caps++;
    if (t.pos === 'PROPN') continue;
    common++;
    if (cap) commonCaps++;
  }
  // every word capitalised, or most of the words that are not names ("Rebels Attack Town Near Border")
  return (words >= 3 && caps === words) || (commonCaps >= 2 && commonCaps * 2 > common);
}

export interface UnknownNameContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** the dictionary mentions: a name touching one belongs to it ("Kenyan Defence Forces", "President Ruto") */
  readonly known: readonly Mention[];
  readonly places: readonly PlaceMention[];
}

interface ArticleWords {
  /** words the article writes in lower case somewhere */
  readonly lowerWords: ReadonlySet<string>;
  /** last words of the multi-word names accepted so far ("volk" after "Kasimir Volk") */
  readonly surnames: Set<string>;
}

/** Unknown-name mentions of an article written in mixed case (none in all-lower-case text). */
export function unknownNames(ctx: UnknownNameContext): Mention[] {
  const { tokens } = ctx;
  const taken = new Uint8Array(tokens.length);
  for (const m of ctx.known) for (let k = Math.max(0, m.first - 1); k < Math.min(tokens.length, m.last + 1); k++) taken[k] = 1;
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) lowerWords.add(t.lower);
  const words: ArticleWords = { lowerWords, surnames: new Set() };
  const out: Mention[] = [];
  for (const s of ctx.sentences) {
    if (headlineCase(tokens, s)) continue;
    let k = s.first;
    while (k < s.last) {
      if (!nameWord(tokens[k])) {
        k++;
        continue;
      }
      // the run of name words, with connectors only between two name words
      let end = k + 1;
      for (;;) {
        if (end < s.last && nameWord(tokens[end])) end++;
        // a capitalised common word inside a name the tagger did not see as one: "Zorgian Freedom Caucus"
        else if (end + 1 < s.last && innerWord(tokens[end]) && nameWord(tokens[end + 1])) end += 2;
        else if (end + 1 < s.last && CONNECTORS.has(tokens[end].lower) && nameWord(tokens[end + 1])) end += 2;
        else if (end + 2 < s.last && CONNECTORS.has(tokens[end].lower) && tokens[end + 1].lower === 'the' && nameWord(tokens[end + 2])) end += 3;
        else break;
      }
      const name = accept(ctx, words, s, k, end, taken, out);
      if (name) {
        out.push(name);
        if (name.last - name.first > 1) words.surnames.add(tokens[name.last - 1].lower);
      }
      k = end;
    }
  }
  return out;
}

function accept(ctx: UnknownNameContext, article: ArticleWords, s: Sentence, from: number, to: number, taken: Uint8Array, earlier: readonly Mention[]): Mention | null {
  const { tokens } = ctx;
  // the name starts after the last title followed by a name word ("John Major" keeps its "Major")
  let first = from;
  for (let k = to - 2; k >= from; k--) {
    if (isTitle(tokens[k])) {
      first = k + 1;
      break;
    }
  }
  // a sentence-initial common word is no part of the name: "Members of the Congressional Black Caucus"
  if (first === s.first && to - first > 1 && article.lowerWords.has(tokens[first].lower)) {
    first++;
    while (first < to && (CONNECTORS.has(tokens[first].lower) || tokens[first].lower === 'the')) first++;
  }
  if (first >= to) return null;
  for (let k = from; k < to; k++) if (taken[k]) return null;
  const start = tokens[first].start;
  const end = tokens[to - 1].end;
  if (ctx.places.some((p) => p.start < end && p.end > start)) return null;
  const words = tokens.slice(first, to);
  if (words.some((t) => NOT_ACTORS.has(t.lower))) return null;
  if (NOT_ACTOR_HEADS.has(words[words.length - 1].lower)) return null;
  // a one-letter word or an initial alone ("A", "J.") is no name
  if (words.length === 1 && words[0].text.replace(/\.$/, '').length < 2) return null;
  const before = from > s.first ? tokens[from - 1] : undefined;
  const after = to < s.last ? tokens[to] : undefined;
  // part of a longer name or word the run does not cover: "Asia-Pacific …", "al-Qaeda", "SPLM/A",
  // "Prosper Avril" with "Prosper" tagged a verb, "Association of African Jurists" with an adjective
  if (before && before.end === tokens[from].start && /^[\p{L}\p{N}\-/]/u.test(before.text)) return null;
  if (after && after.start === tokens[to - 1].end && /^[\p{L}\p{N}\-/]/u.test(after.text)) return null;
  if (before && isCapital(before) && !isTitle(before) && from - 1 > s.first) return null;
  if (after && isCapital(after)) return null;
  if (after && CONNECTORS.has(after.lower) && tokens[to + 1] && to + 1 < s.last && (isCapital(tokens[to + 1]) || (tokens[to + 1].lower === 'the' && tokens[to + 2] && isCapital(tokens[to + 2])))) return null;
  if (before && CONNECTORS.has(before.lower) && before.lower !== 'and' && from - 2 >= s.first && isCapital(tokens[from - 2])) return null;
  // a name used as a modifier of a common noun: "Tamil civilians", "Katyusha rockets", "Sharia law"
  if (after && after.text === after.lower && /^(NOUN|ADJ)$/.test(after.pos)) return null;
  // "(Reuters)", "the Zorgian Liberation Front (ZLF)": bylines and acronyms of a name already given
  if (before?.text === '(' && after?.text === ')') return null;
  // "al Qaeda", "van der Berg": a lower-case particle says the name began earlier
  if (before && PARTICLES.has(before.text)) return null;
  // datelines and shouting: "ZAMBOANGA CITY:", "BREAKING NEWS"
  if (words.length > 1 && words.every((t) => t.text === t.text.toUpperCase())) return null;
  // One word alone is most often a place the gazetteer does not know ("rallied in Keshena", "an
  // attack on Saraqeb"). It is a name when it is an acronym ("UNITA", "FARDC") or the surname of a
  // name already given in full ("… met Kasimir Volk. Volk said …").
  if (words.length === 1) {
    const w = words[0];
    const acronym = /^[A-Z]{2,6}$/.test(w.text);
    if (!acronym && !article.surnames.has(w.lower)) return null;
    // capitalised only because it starts the sentence ("Thousands marched")
    if (first === s.first && article.lowerWords.has(w.lower)) return null;
  }
  // "a member of parliament, Mohammed Mamoun, started …", "an Alewite temple, Cemevi,": an apposition
  // names the noun before it, which is the argument
  const apposition = before?.text === ',' && after?.text === ',' && from - 2 >= s.first && /^(NOUN|PROPN)$/.test(tokens[from - 2].pos);
  const after2 = tokens[to + 1];
  const possessive = after && (after.lower === "'s" || after.lower === '’s') && after2 !== undefined;
  // the word that governs the name, past articles and adjectives: "in Xville", "the town of Xville",
  // "cartoons of the Prophet", "against Acme"
  let p = first - 1;
  while (p >= s.first && (/^(DET|ADJ|NUM)$/.test(tokens[p].pos) || isTitle(tokens[p]))) p--;
  const gov = p >= s.first ? tokens[p].lower : '';
  const placeOf = gov === 'of' && PLACE_NOUNS.has(tokens[p - 1]?.lower ?? '');
  // "in Astore, Nanyang Baltistan", "in Lanao and Cotabato": coordinated with a place
  const prevItem = before && (before.text === ',' || before.lower === 'and' || before.lower === 'or') ? tokens[from - 2] : undefined;
  let q = from - 1;
  if (prevItem) while (q > s.first && (isCapital(tokens[q]) || tokens[q].text === ',' || tokens[q].lower === 'and' || tokens[q].lower === 'or' || tokens[q].pos === 'DET')) q--;
  const listInPlace = prevItem !== undefined && q >= s.first && NON_ARGUMENT_PREPS.has(tokens[q].lower);
  const afterPlace = prevItem !== undefined && (listInPlace || ctx.places.some((x) => x.end === prevItem.end) || earlier.some((x) => x.locative && x.end === prevItem.end) || ctx.known.some((x) => x.locative && x.end === prevItem.end));
  const locative = NON_ARGUMENT_PREPS.has(gov) || placeOf || afterPlace;
  const governed = !locative && p >= s.first && tokens[p].pos === 'ADP' && !ARGUMENT_PREPS.has(gov);
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    sentence: s.index,
    first,
    last: to,
    code: null,
    entity: null,
    kind: 'unknown',
    entries: [],
    locative,
    // "Volk's fighters": the name owns the actor that follows; "the leader of Acme": it qualifies a noun
    modifier: Boolean(possessive && after2 && /^(NOUN|PROPN)$/.test(after2.pos)) || governed || apposition,
  };
}
