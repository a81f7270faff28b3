// Bounded load on loopback: 32 concurrent clients against a real `dyad serve` process, each sending
// a fixed number of requests (reads, POST /code, token-protected POST /ingest of new articles), with
// a time budget after which no new request starts. Asserts no 5xx, no connection error, every POST
// /ingest stored and readable once. No latency assertion: the figures go to docs/reliability.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contents, killAll, serve, SPAWNING_TEST_MS, stop } from './fault-helpers.ts';

const CLIENTS = 32;
const REQUESTS_PER_CLIENT = 40;
/** no new request starts after this; what is in flight finishes */
const BUDGET_MS = 20_000;

const dir = mkdtempSync(join(tmpdir(), 'dyad-load-'));
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNTRIES = ['Russia', 'Ukraine', 'France', 'Germany', 'Belarus', 'Poland', 'Turkey', 'Iran', 'China', 'Japan'];
const VERBS = ['attacked', 'criticized', 'met with', 'signed an agreement with', 'threatened', 'praised', 'accused'];

/** A short news text no other request sends (client and request numbers are in it). */
function article(c: number, r: number): string {
  const a = COUNTRIES[(c + r) % COUNTRIES.length];
  const b = COUNTRIES[(c * 3 + r + 1) % COUNTRIES.length];
  return `${a} ${VERBS[r % VERBS.length]} ${b} on Monday, officials said in statement ${c}-${r}. ${b} ${VERBS[(r + c) % VERBS.length]} ${a} on Tuesday in reply number ${r * 100 + c}.`;
}

describe('API under bounded concurrent load', () => {
  it(`${CLIENTS} clients × ${REQUESTS_PER_CLIENT} requests: no 5xx, no connection errors, no lost writes`, async () => {
    const db = join(dir, 'load.db');
    const token = 'test-token-load';
    const { run: server, url } = await serve(db, { DYAD_TOKEN: token });
    const tally = { requests: 0, byKind: {} as Record<string, number>, statuses: {} as Record<number, number> };
    const errors: string[] = [];
    const ingested: string[] = [];
    const t0 = Date.now();

    const request = async (kind: string, path: string, init?: RequestInit, expected = 200) => {
      tally.requests++;
      tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
      try {
        const res = await fetch(`${url}${path}`, init);
        tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
        const body = await res.text();
        if (res.status !== expected) errors.push(`${kind} ${path}: ${res.status} ${body.slice(0, 200)}`);
        return body;
      } catch (e) {
        errors.push(`${kind} ${path}: ${(e as Error).message} ${(e as { cause?: Error }).cause?.message ?? ''}`);
        return '';
      }
    };
    const json = { 'content-type': 'application/json' };

    const client = async (c: number) => {
      for (let r = 0; r < REQUESTS_PER_CLIENT && Date.now() - t0 < BUDGET_MS; r++) {
        switch (r % 6) {
          case 0:
          case 3: {
            const id = `load-${c}-${r}`;
            await request('POST /ingest', '/api/ingest', { method: 'POST', headers: { ...json, authorization: `Bearer ${token}` }, body: JSON.stringify({ id, text: article(c, r), published: '2024-03-04' }) }, 201);
            ingested.push(id);
            // read your write
            await request('GET /articles/:id', `/api/articles/${id}`);
            break;
          }
          case 1:
            await request('POST /code', '/api/code', { method: 'POST', headers: json, body: JSON.stringify({ text: article(c, r + 1000), published: '2024-03-04' }) });
            break;
          case 2:
            await request('GET /events', '/api/events?limit=50');
            break;
          case 4:
            await request('GET /stats', '/api/stats');
            break;
          default:
            await request('GET /aggregates/daily', '/api/aggregates/daily');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const seconds = (Date.now() - t0) / 1000;
    expect(await stop(server)).toBe(0);
    // the figures for docs/reliability.md
    console.log(`api-load: ${tally.requests} requests in ${seconds.toFixed(1)} s (${(tally.requests / seconds).toFixed(0)}/s), ${JSON.stringify(tally.byKind)}, statuses ${JSON.stringify(tally.statuses)}, errors ${errors.length}`);

    expect(errors).toEqual([]);
    expect(Object.keys(tally.statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(tally.requests).toBeGreaterThanOrEqual(CLIENTS * 6); // the budget let every client get through its mix at least once
    expect(server.stderr()).not.toMatch(/E_[A-Z_]+|Error/);
    const got = contents(db);
    expect(got.articles).toEqual([...ingested].sort()); // every POST /ingest stored once, 0 lost
    expect(got.doubled).toEqual([]);
    expect(got.orphanEvents).toBe(0);
  }, SPAWNING_TEST_MS);
});
