// Longest token-sequence matches of gazetteer names in one sentence, with the filters that keep
// person names and common words out ("Will Smith said", "Police opened fire", "Vladimir Putin").
import type { Gazetteer, GazetteerPlace } from '../../dictionaries/gazetteer.ts';
import type { Sentence, Token } from '../../core/types.ts';
import { startsUpper } from '../../core/text-case.ts';
import { EVENT_LOCATIVE, followsPreposition } from './locative.ts';

export interface PlaceMatch {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly candidates: readonly GazetteerPlace[];
  /** after in/at/near/from/… (licenses small and lower-case towns) */
  readonly locative: boolean;
  /** after a preposition that places an event there (in/at/near/outside…, not "from") */
  readonly eventLocative: boolean;
}

/** A city not after a locative preposition needs this many people (or to be a capital). */
export const BARE_MIN_POPULATION = 100_000;
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

const isWord = (t: Token | undefined) => t !== undefined && /^\p{L}/u.test(t.text);
const isCap = (t: Token | undefined) => t !== undefined && startsUpper(t.text);

/** One sentence being searched. */
interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly s: Sentence;
  readonly gaz: Gazetteer;
  readonly lowerCaseDoc: boolean;
}

// The helpers below are module functions, not closures made for every sentence: this runs on every
// sentence of every article (and the TypeScript loader wraps each closure it creates in a call).

/** The longest gazetteer name starting at token i: [tokens, surface text, candidates]. */
function longestName(x: Scan, i: number): [number, string, readonly GazetteerPlace[]] | null {
  const { tokens, s } = x;
  const most = x.gaz.maxTokensFrom(tokens[i].text);
  for (let n = Math.min(most, s.last - i); n >= 1; n--) {
    const end = tokens[i + n - 1];
    if (!/[\p{L}.]$/u.test(end.text) || (!x.lowerCaseDoc && !/^\p{Lu}/u.test(end.text))) continue;
    const surface = x.text.slice(tokens[i].start, end.end);
    const candidates = x.gaz.lookup(surface);
    if (candidates.length > 0) return [n, surface, candidates];
  }
  return null;
}

/** A capitalised name next to the match, part of the same longer proper name. */
function nameNeighbour(x: Scan, j: number): boolean {
  const t = x.tokens[j];
  return j >= x.s.first && j < x.s.last && isCap(t) && t.pos === 'PROPN' && !x.gaz.demonym(t.lower);
}

function accept(x: Scan, i: number, n: number, surface: string, locative: boolean, c: readonly GazetteerPlace[]): boolean {
  const { gaz, lowerCaseDoc } = x;
  const stop = gaz.stopRule(surface);
  if (stop === 'never' || (stop === 'locative' && (!locative || lowerCaseDoc))) return false;
  if (gaz.isAbbreviation(surface)) return !lowerCaseDoc && surface === surface.toUpperCase();
  if (lowerCaseDoc) return true; // a locative preposition was required already
  if (!NAME_POS.has(x.tokens[i].pos)) return false; // "Will/AUX Smith"
  // Part of a longer proper name: "Vladimir Putin", "Lake Victoria", "Minsk Tractor Works".
  // Countries keep their place: "Belarus President Lukashenko", "US Secretary of State".
  const top = c[0];
  if (top.precision !== 'country' && (nameNeighbour(x, i + n) || nameNeighbour(x, i - 1))) return false;
  if (locative || top.precision !== 'city') return true;
  return top.population >= BARE_MIN_POPULATION || top.weight >= 3e6; // capitals weigh ≥ 3e6
}

export function findPlaces(
  text: string,
  tokens: readonly Token[],
  s: Sentence,
  gaz: Gazetteer,
  lowerCaseDoc: boolean,
): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const x: Scan = { text, tokens, s, gaz, lowerCaseDoc };
  for (let i = s.first; i < s.last; ) {
    const t = tokens[i];
    // cheapest tests first: most tokens are not capitalised words
    if (lowerCaseDoc ? !isWord(t) : !isCap(t) || !isWord(t)) {
      i++;
      continue;
    }
    const afterPrep = followsPreposition(tokens, i, s.first);
    // in a lower-cased article only "in godhra", "near vadodara" … are tried
    const span = !lowerCaseDoc || afterPrep ? longestName(x, i) : null;
    if (span === null) {
      i++;
      continue;
    }
    const [n, surface, candidates] = span;
    // "in Obama's administration" is no place; "in Moscow's Red Square" passes on its size
    const locative = afterPrep && !/^['’]s$/.test(tokens[i + n]?.text ?? '');
    if ((!lowerCaseDoc || locative) && accept(x, i, n, surface, locative, candidates)) {
      const end = tokens[i + n - 1].end;
      const eventLocative = locative && followsPreposition(tokens, i, s.first, EVENT_LOCATIVE);
      out.push({ first: i, last: i + n, start: t.start, end, text: surface, candidates, locative, eventLocative });
    }
    // a rejected name is skipped whole: "New Jersey Gov. Christie" must not leave "Jersey"
    i += n;
  }
  return out;
}
