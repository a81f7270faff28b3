import type { Mention, PlaceMention, Token } from '../../core/types.ts';

const NON_COUNTRY = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/**
 * "Hundreds of ethnic Hungarians protested in Romania", "ethnic Russian separatists in eastern Ukraine": a people called
 * "ethnic" is a minority living in another state, and its country block is that state's, the
 * nearest other country the sentence names (then the article's), as event coders code groups by
 * residence. The role block stays: "ethnic Russian separatists" in Ukraine are UKRSEP.
 */
export function ethnicResidence(mentions: readonly Mention[], tokens: readonly Token[], places: readonly PlaceMention[], focus: string | null): Mention[] {
  if (!mentions.some((m) => m.country && tokens[m.first - 1]?.lower === 'ethnic')) return mentions as Mention[];
  return mentions.map((m) => {
    const own = m.country;
    if (!own || !m.code?.startsWith(own) || tokens[m.first - 1]?.lower !== 'ethnic') return m;
    let best: string | null = null;
    let gap = Number.POSITIVE_INFINITY;
    const consider = (country: string | undefined | null, start: number, first: number) => {
      if (!country || country === own || NON_COUNTRY.has(country) || (first > 0 && tokens[first - 1].lower === 'ethnic')) return;
      const d = Math.abs(start - m.start);
      if (d < gap) [best, gap] = [country, d];
    };
    for (const o of mentions) if (o !== m && o.sentence === m.sentence && !o.contextCountry) consider(o.country, o.start, o.first);
    for (const p of places) if (p.sentence === m.sentence) consider(p.country, p.start, -1);
    const home = best ?? (focus !== own ? focus : null);
    if (!home) return m;
    return { ...m, code: home + m.code.slice(own.length), country: home };
  });
}
