import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTsv, mergeReviews, parseTsv, propose } from '../../scripts/synonym-proposals.ts';
import { reviewProblems } from '../../scripts/synonym-review.ts';
import { parseDataLine, type VerbSense, type WordNetVerbs } from '../../scripts/wordnet-verbs.ts';
import { ROOT } from '../../src/apps/create-coder.ts';
import { loadDictionaries } from '../../src/dictionaries/load-dictionaries.ts';
import { PatternEntry } from '../../src/dictionaries/schema.ts';

const sense = (offset: string, words: string[], troponyms: string[] = []): VerbSense => ({ offset, words, troponyms, gloss: `gloss ${offset}` });
const fakeWordNet = (senses: Record<string, VerbSense[]>, synsets: VerbSense[]): WordNetVerbs => ({
  senses: (l) => senses[l] ?? [],
  synset: (o) => synsets.find((s) => s.offset === o),
});
const pattern = (id: string, cameo: string, verbs: string[], objects?: string[]) =>
  PatternEntry.parse({ id, cameo, verbs, objects, example: 'Kenya arrested Ethiopian journalists.' });

describe('WordNet verb data', () => {
  it('reads the words, troponyms and gloss of a data.verb line', () => {
    const line = '01217701 41 v 03 collar 0 nail 0 pick_up 1 002 @ 01216670 v 0000 ~ 01218000 v 0000 01 + 08 00 | take into custody';
    expect(parseDataLine(line)).toEqual({ offset: '01217701', words: ['collar', 'nail', 'pick up'], troponyms: ['01218000'], gloss: 'take into custody' });
  });
});

describe('synonym proposals', () => {
  const arrest = sense('1', ['arrest', 'collar', 'detain'], ['2']);
  const wn = fakeWordNet({ arrest: [arrest, sense('3', ['arrest', 'check'])], hold: [sense('4', ['hold', 'keep'])] }, [arrest, sense('2', ['gaol'])]);
  const patterns = [pattern('arrest.bare', '173', ['arrest', 'detain']), pattern('hold.talks', '046', ['hold'], ['talk'])];
  it('proposes synonyms and first-sense troponyms that no pattern has, for verbs of object-less patterns', () => {
    const rows = propose(patterns, wn);
    expect(rows.map((r) => `${r.word}/${r.relation}/${r.cameo}`).sort()).toEqual(['check/synonym/173', 'collar/synonym/173', 'gaol/troponym/173']);
  });
  it('keeps reviews across runs, also of words a pattern has taken since', () => {
    const rows = propose(patterns, wn);
    const reviewed = rows.map((r) => (r.word === 'collar' ? { ...r, status: 'accepted' as const, reason: 'jail' } : r));
    const later = propose([...patterns, pattern('collar.bare', '173', ['collar'])], wn);
    const merged = mergeReviews(later, parseTsv(formatTsv(reviewed)));
    expect(merged.find((r) => r.word === 'collar')).toMatchObject({ status: 'accepted', reason: 'jail' });
    expect(merged).toHaveLength(3);
  });
  it('flags an accepted word that no pattern of its code has, and a rejection without a reason', () => {
    const rows = propose(patterns, wn).map((r) => (r.word === 'collar' ? { ...r, status: 'accepted' as const, reason: 'x' } : { ...r, status: 'rejected' as const, reason: '' }));
    expect(reviewProblems(rows, patterns)).toHaveLength(3);
  });
  it('the shipped review file is consistent with the patterns', () => {
    const rows = parseTsv(readFileSync(join(ROOT, 'dictionaries/verbs/proposals.tsv'), 'utf8'));
    expect(rows.filter((r) => r.status !== 'pending').length).toBeGreaterThan(100);
    expect(reviewProblems(rows, loadDictionaries(join(ROOT, 'dictionaries')).patterns)).toEqual([]);
  });
});
