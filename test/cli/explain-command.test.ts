// `dyad explain`: the decision trail, one block per sentence.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDir, removeFixtures, runCli } from './run-cli.ts';

afterAll(removeFixtures);

const dir = fixtureDir({
  'two.txt': 'Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Sochi on Monday. Police arrested ten protesters in Minsk.',
});

describe('dyad explain', () => {
  let out = '';
  it('exits 0 and heads the trail with the article', async () => {
    const r = await runCli(['explain', join(dir, 'two.txt'), '--published', '2020-08-16']);
    expect(r.code, r.stderr).toBe(0);
    out = r.stdout;
    expect(out).toMatch(/^article two {2}published 2020-08-16 {2}focus country BLR/);
  });

  const lines: [string, RegExp][] = [
    ['sentence 0', /^\[0\] Russian President Vladimir Putin met/m],
    ['sentence 1', /^\[1\] Police arrested ten protesters in Minsk\./m],
    ['tokens with POS and lemmas', /^ {2}tokens: Russian\/PROPN .*met\/VERB:meet/m],
    ['a person actor with its dated role and entries', /^ {2}actor: "Russian President Vladimir Putin" → RUSGOV \(President of Russia\) via .*vladimir-putin/m],
    ['an agent noun coded from the focus country', /^ {2}actor: "Police" → BLRCOP via agent:police \[country from context\]/m],
    ['a resolved date', /^ {2}date: "on Monday" → 2020-08-10/m],
    ['a place', /^ {2}place: "Minsk" → Minsk, BLR \(city\)/m],
    ['the patterns tried and fired', /^ {2}pattern-fired: .* → 040 RUSGOV → BLRGOV/m],
    ['the meeting event', /^ {2}EVENT 040 RUSGOV → BLRGOV "met" asserted date 2020-08-10 \(text\)/m],
    ['the arrest event, located', /^ {2}EVENT 173 BLRCOP → BLRCVL "arrested" .* at Minsk rule arrest\./m],
  ];
  it.each(lines)('prints %s', (_name, line) => {
    expect(out).toMatch(line);
  });

  it('prints each sentence block in order: actors of sentence 1 after its header', () => {
    expect(out.indexOf('[1] Police')).toBeGreaterThan(out.indexOf('EVENT 040'));
    expect(out.indexOf('actor: "Police"')).toBeGreaterThan(out.indexOf('[1] Police'));
  });

  it('needs a file', async () => {
    await expect(runCli(['explain'])).rejects.toThrow(/needs a file/);
  });
});
