// Picks one candidate per matched name. The prior is the candidate's weight (a country, then a
// region, a capital, the biggest city); the article's other places and demonyms add a little
// ("Georgia" is the US state next to "Atlanta", the country next to "Tbilisi" or "Georgian"), and a
// qualifier right after the name decides ("Moscow, Idaho", "Paris, Texas"). Article-wide context
// stays weak on purpose: a US article that names Texas still means France by "Paris".
import type { GazetteerPlace } from '../../dictionaries/gazetteer.ts';
import type { PlaceMatch } from './find-places.ts';

/** Score bonuses, in powers of ten of population: country / region named elsewhere, or right after. */
const COUNTRY_BONUS = 1;
const ADMIN_BONUS = 0.5;
const QUALIFIER_BONUS = 4;
/** A name whose heaviest candidate outweighs the next one 20× tells its country and region ("Moscow" → RUS). */
const DOMINANCE = 20;

export interface ContextCue {
  /** which name gave it: a name never counts as context for itself */
  readonly source: string;
  readonly country: string;
  readonly admin?: string;
}

/** What a matched name says about the article's countries and regions, whatever it is resolved to. */
export function cuesOf(m: PlaceMatch): ContextCue[] {
  const c = m.candidates;
  const source = m.text.toLowerCase();
  const top = c[0];
  // only a real population ratio counts: "Georgia" the country vs the state is a tie of priors
  const dominant = c.length === 1 || (c[1].precision === 'city' && top.weight >= DOMINANCE * c[1].weight);
  if (!dominant && !c.every((p) => p.country === top.country)) return [];
  const admin = dominant || c.every((p) => p.admin === top.admin) ? top.admin : '';
  return [{ source, country: top.country, admin: admin === '' ? undefined : admin }];
}

/** Does `q` (the name after "X, ") contain candidate `p`? */
const contains = (q: GazetteerPlace, p: GazetteerPlace) =>
  q.country === p.country && (q.precision === 'country' || (q.precision === 'admin1' && q.admin !== '' && q.admin === p.admin));

/** `qualifier`: the match written right after this one with only a comma between, if any. */
/**
 * `sentenceCountry`: the country of a demonym naming a place in the same sentence ("the north
 * Lebanese port", "the Libyan capital"), which describes the name as a qualifier would.
 */
export function choosePlace(m: PlaceMatch, cues: readonly ContextCue[], qualifier?: PlaceMatch, sentenceCountry?: string): GazetteerPlace {
  const self = m.text.toLowerCase();
  // which names support each country and region, built once per article: O(places + cues), not the product
  const index = indexOf(cues);
  let best = m.candidates[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const p of m.candidates) {
    let score = Math.log10(Math.max(p.weight, 1));
    if (supportedByOther(index.countries.get(p.country), self)) score += COUNTRY_BONUS;
    if (p.admin !== '' && supportedByOther(index.admins.get(`${p.country}.${p.admin}`), self)) score += ADMIN_BONUS;
    if ((qualifier && qualifies(qualifier.candidates, p)) || p.country === sentenceCountry) score += QUALIFIER_BONUS;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** A country or region is supported when a name other than this one points to it. */
function supportedByOther(sources: Set<string> | undefined, self: string): boolean {
  return sources !== undefined && (sources.size > 1 || !sources.has(self));
}

function qualifies(qualifier: readonly GazetteerPlace[], p: GazetteerPlace): boolean {
  for (const q of qualifier) if (contains(q, p)) return true;
  return false;
}

interface CueIndex {
  readonly countries: Map<string, Set<string>>;
  readonly admins: Map<string, Set<string>>;
}

const indexes = new WeakMap<readonly ContextCue[], CueIndex>();

function indexOf(cues: readonly ContextCue[]): CueIndex {
  let index = indexes.get(cues);
  if (index) return index;
  index = { countries: new Map(), admins: new Map() };
  const add = (map: Map<string, Set<string>>, key: string, source: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(source);
  };
  for (const cue of cues) {
    add(index.countries, cue.country, cue.source);
    if (cue.admin) add(index.admins, `${cue.country}.${cue.admin}`, cue.source);
  }
  indexes.set(cues, index);
  return index;
}
