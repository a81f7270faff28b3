// A second API fixture (test/store/analytics-fixture.ts) with locations, claims, several weeks and an
// undated event, for the filters and aggregates that the first one (api-helpers.ts) does not exercise.
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { type ApiOptions, createApi } from '../../src/apps/api/index.ts';
import { analyticsArticles } from '../store/analytics-fixture.ts';
import { fakeCode, TOKEN } from './api-helpers.ts';

export async function setupRich(opts: Partial<ApiOptions> = {}) {
  const store = openSqliteStore(':memory:');
  await store.saveArticles(analyticsArticles(), 'p1');
  const errors: unknown[] = [];
  const app = createApi({ store, code: fakeCode, token: TOKEN, log: (e) => errors.push(e), ...opts });
  return { app, store, errors };
}

export const ids = (body: { events: { id: string }[] }) => body.events.map((e) => e.id);
