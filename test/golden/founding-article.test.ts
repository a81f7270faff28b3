import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/apps/create-coder.ts';
import { testCoder } from '../helpers/coder.ts';

// The founding example (../shared/examples/belarus-2020-08.txt) against its hand-coded reference,
// scored by the shared scorer, plus the intermediate layers the events depend on.
const SHARED = join(ROOT, '..', 'shared');
const TEXT = join(SHARED, 'examples', 'belarus-2020-08.txt');
const GOLD = join(SHARED, 'examples', 'belarus-2020-08.gold.json');

describe.skipIf(!existsSync(TEXT))('founding article (needs ../shared)', () => {
  const text = existsSync(TEXT) ? readFileSync(TEXT, 'utf8') : '';
  const coded = testCoder().code({ id: 'belarus-2020-08', text, published: '2020-08-16' });
  const doc = testCoder().analyse({ id: 'belarus-2020-08', text, published: '2020-08-16' });
  const gold = existsSync(GOLD) ? JSON.parse(readFileSync(GOLD, 'utf8')) : { actors: [], dates: [] };
  const lineStart = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line ? 1 : 0);

  it('finds every must event with at most 3 unlisted extras and all 6 attributions (shared scorer)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-seed-'));
    writeFileSync(join(dir, 'seed.jsonl'), `${JSON.stringify(coded)}\n`);
    const r = spawnSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), 'seed', GOLD, join(dir, 'seed.jsonl'), '--json'], { encoding: 'utf8' });
    const score = JSON.parse(r.stdout);
    expect(score.must_found, JSON.stringify(score.missed)).toBe('7/7');
    expect(score.false_positives, JSON.stringify(score.extra)).toBeLessThanOrEqual(3);
    expect(score.attributions_found).toBe('6/6');
  });

  it.each((gold.actors as { text: string; code: string }[]).map((a) => [a.text, a.code]))('actor "%s" is coded %s', (name, code) => {
    const hits = coded.mentions.filter((m) => m.text.toLowerCase().endsWith(name.toLowerCase().replace(/^the /, '')));
    expect(hits.length, `no mention of ${name}`).toBeGreaterThan(0);
    expect(hits.some((m) => code.split('|').some((c) => (m.code ?? '').startsWith(c)))).toBe(true);
  });

  it.each((gold.dates as { line: number; phrase: string; date: string }[]).map((d) => [d.phrase, d.line, d.date]))('"%s" on line %i is %s', (phrase, line, date) => {
    const from = lineStart(line as number);
    const d = doc.layers.dates?.find((x) => x.start >= from && x.text.toLowerCase() === String(phrase).toLowerCase());
    expect(d?.date).toBe(date);
  });

  it('ties each event to its pipeline, rule and evidence', () => {
    for (const e of coded.events) {
      expect(e.pipeline).toBe(testCoder().fingerprint);
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(e.rule).toMatch(/\S/);
    }
  });

  it('codes the same article to the same event ids twice', () => {
    const again = testCoder().code({ id: 'belarus-2020-08', text, published: '2020-08-16' });
    expect(again.events.map((e) => e.id)).toEqual(coded.events.map((e) => e.id));
  });
});
