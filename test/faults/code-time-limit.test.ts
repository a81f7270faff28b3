// Fault: one pathological article (a 1.9 MB run-on sentence: seconds of coding, see SLOW_TEXT) among
// ordinary ones. With a time limit it
// must come back as E_CODE_TIMEOUT naming the limit, the rest of the batch must be coded and stored,
// and the API must keep answering other requests meanwhile.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { threadPool } from '../../src/apps/ingest/code-pool.ts';
import { contents, corpusLines, dyad, hasCorpus, idsOf, killAll, SLOW_TEXT, SPAWNING_TEST_MS, serve, stop, writeJsonl } from './fault-helpers.ts';


const dir = mkdtempSync(join(tmpdir(), 'dyad-time-limit-'));
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('per-article time limit', () => {
  it('thread pool: the slow article times out naming the limit, the others are coded, the pool goes on', async () => {
    const pool = await threadPool({ threads: 1, timeLimitMs: 1_000 });
    try {
      const ok = { id: 'ok', text: 'Russia attacked Ukraine on Sunday.', published: '2022-02-27' };
      const results = await pool.code([ok, { id: 'slow', text: SLOW_TEXT }, { ...ok, id: 'ok2' }]);
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      const failed = results[1];
      if (failed.ok) throw new Error('unreachable');
      expect(failed.code).toBe('E_CODE_TIMEOUT');
      expect(failed.error).toContain('time limit of 1000 ms per article (DYAD_CODE_TIMEOUT_MS)');
      // the thread that overran was replaced: the pool still codes, with the same pipeline
      const [after] = await pool.code([{ ...ok, id: 'after' }]);
      expect(after.ok && after.article.events.length).toBeGreaterThan(0);
      expect(after.ok && after.article.events[0].pipeline).toBe(pool.fingerprint);
    } finally {
      await pool.close();
    }
  }, SPAWNING_TEST_MS);

  it.skipIf(!hasCorpus)('dyad ingest: the slow article is reported as failed with its line and reason, the rest of the batch is stored once', async () => {
    const lines = corpusLines(20);
    const slowLine = JSON.stringify({ id: 'slow-one', text: SLOW_TEXT });
    const input = writeJsonl(join(dir, 'with-slow.jsonl'), [...lines.slice(0, 10), slowLine, ...lines.slice(10)]);
    const db = join(dir, 'ingest.db');
    const run = dyad(['ingest', input, '--db', db, '--quiet'], { DYAD_CODE_TIMEOUT_MS: '1000', DYAD_INGEST_BATCH: '8' });
    expect(await run.exit).toBe(1); // a bad record makes the run exit 1
    expect(run.stderr()).toContain(`${input}:11: E_CODE_TIMEOUT: coding took longer than the time limit of 1000 ms per article (DYAD_CODE_TIMEOUT_MS); the article was not coded (skipped)`);
    expect(run.stderr()).toMatch(/20 article\(s\), \d+ event\(s\) .*1 bad record\(s\) skipped/);
    const got = contents(db);
    expect(got.reports).toEqual(idsOf(lines)); // 20 stored, 0 lost; the slow one is not stored
    expect(got.doubled).toEqual([]);
    expect(got.journal).toEqual([]);
  }, SPAWNING_TEST_MS);

  it('a coding thread that cannot build its coder (a bad user dictionary) fails the run with E_DICT_INVALID, as coding in one thread does', async () => {
    const dict = join(dir, 'bad-dictionary');
    mkdirSync(join(dict, 'actors'), { recursive: true });
    writeFileSync(join(dict, 'actors', 'bad.jsonl'), '{"nonsense": 1}\n');
    const input = writeJsonl(join(dir, 'one.jsonl'), [JSON.stringify({ id: 'x1', text: 'Russia attacked Ukraine.' })]);
    for (const limit of ['1000', '0']) {
      const run = dyad(['ingest', input, '--db', join(dir, `bad-dict-${limit}.db`), '--quiet'], { DYAD_DICTIONARIES: dict, DYAD_CODE_TIMEOUT_MS: limit });
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toMatch(/^dyad: E_DICT_INVALID: 1 invalid dictionary line\(s\):\n.*bad\.jsonl:1: /);
    }
  }, SPAWNING_TEST_MS);

  it('dyad serve: POST /code and /ingest of the slow article answer 422 E_CODE_TIMEOUT while other requests are served', async () => {
    const db = join(dir, 'serve.db');
    const token = 'test-token-time-limit';
    const { run: server, url } = await serve(db, { DYAD_CODE_TIMEOUT_MS: '1000', DYAD_TOKEN: token });
    const post = (text: string, path = '/api/code', headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ id: `t-${path.length}`, text }) });
    let slowDone = false;
    const slow = post(SLOW_TEXT).then(async (r) => {
      slowDone = true;
      return { status: r.status, body: await r.json() };
    });
    // while the slow article is being coded, the event loop answers reads
    const stats = await fetch(`${url}/api/stats`);
    expect(stats.status).toBe(200);
    expect(slowDone).toBe(false);
    const timedOut = await slow;
    expect(timedOut.status).toBe(422);
    expect(timedOut.body.error.code).toBe('E_CODE_TIMEOUT');
    expect(timedOut.body.error.message).toContain('1000 ms');
    // and a normal article is coded afterwards by the replacement thread
    const ok = await post('Russia attacked Ukraine on Sunday.');
    expect(ok.status).toBe(200);
    expect((await ok.json()).events.length).toBeGreaterThan(0);
    // the decision trail is coded on the threads too
    const explained = await post('Russia attacked Ukraine on Sunday.', '/api/code?explain=true');
    expect(explained.status).toBe(200);
    expect((await explained.json()).explain).toBeDefined();
    // POST /ingest: the slow article is refused and not stored
    const auth = { authorization: `Bearer ${token}` };
    const slowIngest = await post(SLOW_TEXT, '/api/ingest', auth);
    expect(slowIngest.status).toBe(422);
    expect((await slowIngest.json()).error.code).toBe('E_CODE_TIMEOUT');
    expect(await stop(server)).toBe(0);
    expect(contents(db).articles).toEqual([]);
  }, SPAWNING_TEST_MS);
});
