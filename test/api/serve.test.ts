import { describe, expect, it } from 'vitest';
import { serveApi } from '../../src/apps/api/index.ts';
import { setup } from './api-helpers.ts';

describe('serveApi', () => {
  it('listens on loopback and answers over real HTTP', async () => {
    const { app } = await setup();
    const running = await serveApi(app, 0);
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${running.url}/stats`);
      expect(await res.json()).toEqual({ articles: 2, events: 3 });
      const csv = await fetch(`${running.url}/export.csv`);
      expect((await csv.text()).split('\r\n')).toHaveLength(5);
    } finally {
      await running.close();
    }
  });
});
