// Nothing lost, nothing doubled: `dyad ingest` is killed with SIGKILL three times at different points
// (while loading, right after a commit, in the middle of the run) and then run to the end. The store
// must hold exactly what one uninterrupted run stores: every article once (texts and wire copies).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/apps/create-coder.ts';
import { journalPosition } from '../faults/fault-helpers.ts';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news.jsonl');
const ARTICLES = 300;
const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 300 real articles plus 30 wire copies of some of them under other outlets (no ids: ids come from outlet + text). */
function writeInput(): string {
  const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, ARTICLES);
  const copies = lines.slice(0, 30).map((l, i) => {
    const a = JSON.parse(l);
    return JSON.stringify({ text: `${a.text}\n\nDistributed by Copy Desk ${i}. All rights reserved.`, outlet: `Reprint ${i % 3}`, published: a.published });
  });
  // interleave so copies land in different batches from their originals
  const all = [...lines.slice(0, 150), ...copies, ...lines.slice(150)];
  const path = join(dir, 'input.jsonl');
  writeFileSync(path, `${all.join('\n')}\n`);
  return path;
}

function run(input: string, db: string): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'bin', 'dyad.mjs'), 'ingest', input, '--db', db, '--quiet'], {
    env: { ...process.env, DYAD_INGEST_BATCH: '20' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts a run and SIGKILLs it once `ready()` says so (or after `maxMs`); returns the journal position at the kill. */
async function killWhen(input: string, db: string, ready: (position: number, elapsed: number) => boolean, maxMs = 20_000): Promise<number> {
  const p = run(input, db);
  const done = exited(p);
  const t0 = Date.now();
  let alive = true;
  done.then(() => {
    alive = false;
  });
  while (alive && Date.now() - t0 < maxMs && !ready(journalPosition(db), Date.now() - t0)) await sleep(5);
  p.kill('SIGKILL');
  await done;
  return journalPosition(db);
}

function contents(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const col = (sql: string) => d.prepare(sql).pluck().all() as string[];
    return {
      articles: col('SELECT id FROM articles ORDER BY id'),
      copies: col('SELECT id || ' + "' → '" + ' || article_id FROM article_copies ORDER BY id'),
      events: col('SELECT id FROM events ORDER BY id'),
      clusters: (d.prepare('SELECT count(*) FROM clusters').pluck().get() as number) ?? 0,
      journal: col('SELECT source || ' + "' @ '" + ' || position FROM ingest_journal'),
    };
  } finally {
    d.close();
  }
}

describe.skipIf(!existsSync(CORPUS))('kill -9 and resume', () => {
  it('ends with every article stored exactly once, as in an uninterrupted run', async () => {
    const input = writeInput();
    const clean = join(dir, 'clean.db');
    expect(await exited(run(input, clean))).toBe(0);
    const expected = contents(clean);
    expect(expected.articles.length).toBe(ARTICLES);
    expect(expected.copies.length).toBe(30);

    const db = join(dir, 'killed.db');
    const kills: number[] = [];
    // 1: while the coder is still loading (nothing committed yet)
    kills.push(await killWhen(input, db, (_pos, ms) => ms > 250));
    // 2: the moment a first batch is committed
    kills.push(await killWhen(input, db, (pos) => pos > 0));
    // 3: a little after further progress, most likely in the middle of a batch
    const from = kills[1];
    let seenAt = 0;
    kills.push(
      await killWhen(input, db, (pos, ms) => {
        if (pos <= from + 60) return false;
        seenAt ||= ms;
        return ms - seenAt > 37;
      }),
    );
    expect(kills[2]).toBeGreaterThan(kills[1]);
    expect(kills[2]).toBeLessThan(ARTICLES + 30);

    // the resumed run skips what the journal says is done and finishes the rest
    expect(await exited(run(input, db))).toBe(0);
    const got = contents(db);
    expect(got.articles).toEqual(expected.articles);
    expect(got.copies).toEqual(expected.copies);
    expect(got.events).toEqual(expected.events);
    expect(got.clusters).toBe(expected.clusters);
    expect(got.journal).toEqual(expected.journal);
    // five `dyad ingest` processes: over a minute when the full suite loads both cores
  }, 300_000);
});
