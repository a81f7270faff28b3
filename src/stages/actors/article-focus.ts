import type { Mention, PlaceMention } from '../../core/types.ts';

const NON_COUNTRY = new Set(['IGO', 'NGO', 'IMG', 'MNC']);
const isSeat = (m: Mention) => m.entity?.startsWith('seat:') === true;

/**
 * The country an article is about: its dateline place ("MOSCOW (Reuters) -") if any, else the
 * country most mentioned by actors and places. Role nouns without a country ("police") take it.
 */
export function articleFocus(text: string, mentions: readonly Mention[], places: readonly PlaceMention[]): string | null {
  const dateline = mentions.find((m) => m.start < 40 && m.metonym && /^[A-Z .'-]+(,[A-Za-z .]+)?\s*(\(|-|—)/.test(text.slice(m.start, m.start + 40)));
  if (dateline?.country) return dateline.country;
  const placeDateline = places.find((p) => p.start < 40 && /^[A-Z .'-]+(,[A-Za-z .]+)?\s*(\(|-|—)/.test(text.slice(p.start, p.start + 40)));
  if (placeDateline) return placeDateline.country;
  const counts = new Map<string, number>();
  const bump = (c: string | undefined, w: number) => {
    if (!c || NON_COUNTRY.has(c)) return;
    counts.set(c, (counts.get(c) ?? 0) + w);
  };
  // A seat's bare name is a guess at its country ("congress": the US Congress in wire copy, the
  // Congress party in Indian copy; many states have a congress or parliament): it counts only for a
  // country the article also names by a place, a person or the country itself.
  const seen = new Set<string>();
  for (const m of mentions) if (!m.contextCountry && m.country && m.kind !== 'pronoun' && !isSeat(m)) seen.add(m.country);
  for (const p of places) if (p.country) seen.add(p.country);
  for (const m of mentions) if (!m.contextCountry && (!isSeat(m) || seen.has(m.country ?? ''))) bump(m.country, m.kind === 'pronoun' ? 0 : 1);
  for (const p of places) bump(p.country, 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return best;
}
