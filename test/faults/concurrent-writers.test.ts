// Concurrency: `dyad ingest` and `dyad serve` (POST /ingest, token-protected, four clients at once)
// write to the same SQLite file at the same time. No errors on either side, no lost writes: every
// article once, whichever process wrote it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contents, corpusLines, dyad, hasCorpus, idsOf, journalPosition, killAll, serve, SPAWNING_TEST_MS, stop, until, writeJsonl } from './fault-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dyad-concurrent-'));
afterEach(killAll);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasCorpus)('dyad ingest and dyad serve writing one SQLite file', () => {
  it('both finish without an error and the store holds every article once', async () => {
    const cliLines = corpusLines(150, 400);
    const apiLines = corpusLines(100, 600);
    const input = writeJsonl(join(dir, 'cli.jsonl'), cliLines);
    const db = join(dir, 'shared.db');
    const token = 'test-token-concurrent';
    const { run: server, url } = await serve(db, { DYAD_TOKEN: token });

    const cli = dyad(['ingest', input, '--db', db, '--quiet'], { DYAD_INGEST_BATCH: '10' });
    await until(() => journalPosition(db) > 0 || cli.child.exitCode !== null, 'the CLI to commit its first batch');
    expect(cli.child.exitCode).toBeNull();

    // four clients post the other articles while the CLI is still writing
    const statuses: number[] = [];
    const failures: string[] = [];
    let whileCliRan = 0;
    const queue = apiLines.map((l) => JSON.parse(l) as { id: string; text: string; title?: string; published?: string });
    const client = async () => {
      for (let a = queue.shift(); a; a = queue.shift()) {
        try {
          const res = await fetch(`${url}/api/ingest`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ id: a.id, text: a.text, title: a.title, published: a.published }),
          });
          statuses.push(res.status);
          if (res.status !== 201) failures.push(`${a.id}: ${res.status} ${await res.text()}`);
          else await res.arrayBuffer();
          if (cli.child.exitCode === null) whileCliRan++;
        } catch (e) {
          failures.push(`${a.id}: ${(e as Error).message}`);
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(await cli.exit).toBe(0);
    expect(await stop(server)).toBe(0);

    console.log(`concurrent-writers: ${statuses.length} POST /ingest (${whileCliRan} while the CLI ran), CLI waited ${cli.stderr().match(/waiting for it/g)?.length ?? 0} time(s), ${failures.length} failure(s), ${contents(db).reports.length} stored`);
    expect(failures).toEqual([]);
    expect(statuses).toHaveLength(100);
    expect(whileCliRan).toBeGreaterThan(0); // the writes really overlapped
    expect(cli.stderr()).not.toMatch(/E_[A-Z_]+|Error/);
    expect(server.stderr()).not.toMatch(/E_[A-Z_]+|Error/);
    const got = contents(db);
    expect(got.reports).toEqual(idsOf([...cliLines, ...apiLines])); // 250 written, 0 lost
    expect(got.doubled).toEqual([]);
    expect(got.orphanEvents).toBe(0);
    expect(got.journal).toEqual([]);
  }, SPAWNING_TEST_MS);
});
