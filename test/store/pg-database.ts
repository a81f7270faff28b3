// The test PostgreSQL database (DYAD_TEST_DATABASE_URL, set by .ci/run through
// scripts/test-services.sh). Without it the PostgreSQL suites skip, saying so.
import pg from 'pg';
import { openPgStore } from '../../src/adapters/store/pg-store.ts';
import type { Store } from '../../src/adapters/store/store.ts';

export const PG_URL = process.env.DYAD_TEST_DATABASE_URL ?? '';
export const REDIS_URL = process.env.DYAD_TEST_REDIS_URL ?? '';

const warned = new Set<string>();
export function noteSkipped(what: string, variable: string): void {
  if (warned.has(what)) return;
  warned.add(what);
  process.stderr.write(`\n[skipped] ${what}: ${variable} is not set (bash .ci/run sets it; see docs/deploy.md)\n`);
}

/** Empties the test database (drops and recreates the public schema). */
export async function resetPg(url = PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/** A fresh, migrated store on an empty database. */
export async function freshPgStore(): Promise<Store> {
  await resetPg();
  return openPgStore(PG_URL);
}
