import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { ingestContract } from './ingest-contract.ts';

ingestContract('sqlite store', () => openSqliteStore(':memory:'));
