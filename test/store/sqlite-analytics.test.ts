import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { analyticsContract } from './analytics-contract.ts';

analyticsContract('sqlite store', () => openSqliteStore(':memory:'));
