// The dashboard as a user meets it: built with Vite into a temporary folder, served by the API
// process on 127.0.0.1 over a store seeded with the shipped examples, coded by the real coder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { createApi, type RunningApi, serveApi } from '../../src/apps/api/index.ts';
import { coderApiOptions } from '../../src/apps/cli/coder-api-options.ts';
import { buildDashboard } from '../../src/apps/cli/ensure-dashboard.ts';
import { createCoder, ROOT } from '../../src/apps/create-coder.ts';

export interface DashboardServer extends RunningApi {
  stop(): Promise<void>;
}

export async function startDashboard(): Promise<DashboardServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  const webRoot = join(dir, 'web');
  await buildDashboard(webRoot);
  const coder = createCoder();
  const store = openSqliteStore(':memory:');
  const lines = readFileSync(join(ROOT, 'examples', 'wire-reports.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  await store.saveArticles(lines.map((l) => coder.code(JSON.parse(l))), coder.fingerprint);
  const app = createApi({ store, ...coderApiOptions(coder), token: 'test-token', webRoot, log: () => undefined });
  const running = await serveApi(app, 0, '127.0.0.1');
  return {
    ...running,
    async stop() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
