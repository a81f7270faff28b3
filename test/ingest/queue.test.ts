// Scale-out end to end: `dyad ingest` enqueues batches to BullMQ and two `dyad worker` processes code
// them into PostgreSQL; the store ends with every article once. Needs DYAD_TEST_DATABASE_URL and
// DYAD_TEST_REDIS_URL (set by .ci/run); skips with a message without them.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgStore } from '../../src/adapters/store/pg-store.ts';
import { ROOT } from '../../src/apps/create-coder.ts';
import { noteSkipped, PG_URL, REDIS_URL } from '../store/pg-database.ts';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news.jsonl');
const SCHEMA = 'queue_e2e';
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The test database, in a schema of its own (the store contract suite resets the public one). */
function schemaUrl(): string {
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${SCHEMA}`);
  return u.href;
}

function dyad(args: string[], env: Record<string, string>): ChildProcess {
  const p = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.mjs'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(p);
  return p;
}

const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.once('exit', (code) => resolve(code))));

describe.skipIf(!PG_URL || !REDIS_URL || !existsSync(CORPUS))('BullMQ workers into PostgreSQL', () => {
  it('codes queued batches with two workers, every article once', async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await admin.query(`CREATE SCHEMA ${SCHEMA}`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    await redis.flushdb();
    redis.disconnect();

    const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, 60);
    const copies = lines.slice(0, 5).map((l, i) => JSON.stringify({ ...JSON.parse(l), id: undefined, outlet: `Reprint ${i}` }));
    const input = join(dir, 'input.jsonl');
    writeFileSync(input, `${[...lines, ...copies].join('\n')}\n`);

    const env = { DYAD_DATABASE_URL: schemaUrl(), DYAD_REDIS_URL: REDIS_URL, DYAD_INGEST_BATCH: '10' };
    const workers = [dyad(['worker', '--quiet'], env), dyad(['worker', '--quiet'], env)];
    const ingest = dyad(['ingest', input, '--wait', '--quiet'], env);
    let stderr = '';
    ingest.stderr?.on('data', (d) => {
      stderr += d;
    });
    expect(await exited(ingest), stderr).toBe(0);
    expect(stderr).toContain('queued 7 batch(es)');
    const store = await openPgStore(schemaUrl());
    try {
      expect(await store.ingestStats()).toMatchObject({ articles: 60, copies: 5 });
      // ingesting the same file again queues it again and re-saves in place: nothing doubles
      const again = dyad(['ingest', input, '--wait', '--quiet'], env);
      let second = '';
      again.stderr?.on('data', (d) => {
        second += d;
      });
      expect(await exited(again)).toBe(0);
      expect(second).toContain('queued 7 batch(es), 65 item(s) for dyad worker');
      expect(await store.ingestStats()).toMatchObject({ articles: 60, copies: 5 });
    } finally {
      await store.close();
    }
    for (const w of workers) w.kill('SIGTERM');
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0]);
  });
});

if (!PG_URL || !REDIS_URL) noteSkipped('BullMQ + PostgreSQL scale-out test', 'DYAD_TEST_DATABASE_URL / DYAD_TEST_REDIS_URL');
