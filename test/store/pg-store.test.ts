// The same store contracts as SQLite (core, curation, ingest), against PostgreSQL.
import { describe, it } from 'vitest';
import { curationContract } from './curation-contract.ts';
import { ingestContract } from './ingest-contract.ts';
import { freshPgStore, noteSkipped, PG_URL } from './pg-database.ts';
import { storeContract } from './store-contract.ts';

if (PG_URL) {
  storeContract('postgres store', freshPgStore);
  curationContract('postgres store', freshPgStore);
  ingestContract('postgres store', freshPgStore);
} else {
  noteSkipped('PostgreSQL store contract', 'DYAD_TEST_DATABASE_URL');
  describe.skip('postgres store (DYAD_TEST_DATABASE_URL not set)', () => {
    it('runs the store contracts against PostgreSQL', () => {});
  });
}
