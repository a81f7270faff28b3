import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { storeContract } from './store-contract.ts';

storeContract('sqlite store', () => openSqliteStore(':memory:'));
