// The store a command works on: PostgreSQL when DYAD_DATABASE_URL is set, else the SQLite file of
// --db / DYAD_DB (default ./dyad.db).
import { openSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { sqliteOptionsFromEnv } from '../../adapters/store/sqlite-write-guard.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { CliValues } from './main.ts';

export interface OpenedStore {
  readonly store: Store;
  /** where it is, for messages (a database URL without its password) */
  readonly where: string;
  readonly kind: 'sqlite' | 'postgres';
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return 'the configured database';
  }
}

export async function openStore(v: Pick<CliValues, 'db'>, env: NodeJS.ProcessEnv = process.env): Promise<OpenedStore> {
  const url = env.DYAD_DATABASE_URL;
  if (url) {
    const { openPgStore } = await import('../../adapters/store/pg-store.ts');
    return { store: await openPgStore(url), where: redactUrl(url), kind: 'postgres' };
  }
  const path = v.db ?? env.DYAD_DB ?? 'dyad.db';
  // DYAD_LOCK_WAIT_MS, DYAD_DB_MAX_MB; a write waiting for another writer's lock says so on stderr
  const options = { ...sqliteOptionsFromEnv(env), onWait: (m: string) => process.stderr.write(`dyad: ${m}\n`) };
  return { store: openSqliteStore(path, options), where: path, kind: 'sqlite' };
}
