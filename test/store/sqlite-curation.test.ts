import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { curationContract } from './curation-contract.ts';

curationContract('sqlite store', () => openSqliteStore(':memory:'));
