// `dyad actors unknown`: the actor texts most often kept on events without a code, with one example
// each, so that a curator can add them to a dictionary (see README "Your own actors and patterns").
import type { CliValues } from './main.ts';
import { openStore } from './open-store.ts';

const DEFAULT_LIMIT = 20;

export async function actorsUnknownCommand(v: CliValues): Promise<number> {
  const limit = v.limit === undefined ? DEFAULT_LIMIT : Number(v.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    process.stderr.write(`dyad: --limit must be a positive whole number, got "${v.limit}"\n`);
    return 2;
  }
  // PostgreSQL when DYAD_DATABASE_URL is set, else the SQLite file (--db, DYAD_DB)
  const { store, where } = await openStore(v);
  try {
    const rows = await store.unknownActors(limit);
    if (!rows.length) {
      process.stdout.write(`no event in ${where} has an uncoded source or target\n`);
      return 0;
    }
    process.stdout.write(`uncoded actor texts on events in ${where}, most frequent first:\n`);
    for (const r of rows) {
      process.stdout.write(`${String(r.n).padStart(6)}  ${r.text}\n        e.g. ${r.article_id}: ${r.example.replace(/\s+/g, ' ').trim()}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
