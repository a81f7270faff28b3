// Browser tests of the dashboard: Debian's Chromium through playwright-core, against the real
// server over a store of the shipped examples. Each page leaves a screenshot in test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/apps/create-coder.ts';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.ts';
import { type DashboardServer, startDashboard } from './dashboard-server.ts';

const SHOTS = join(ROOT, 'test-results');

if (!hasChromium) {
  console.warn(`\n[dashboard] SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)\n`);
}

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let server: DashboardServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    problems = [];
    page = await browser.context.newPage();
    // CSP violations, script errors and failed requests all show up here
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
  });
  afterEach(async () => {
    await page.close();
  });

  const open = async (hash: string, ready: string) => {
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector(ready);
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `dashboard-${name}.png`), fullPage: true });

  it('lists events, filters by actor and date, and keeps the filters in a shareable address', async () => {
    await open('#/events', '#events-table tbody tr');
    expect(await page.locator('#events-table tbody tr').count()).toBeGreaterThan(20);
    expect(await page.textContent('#stats')).toMatch(/6 articles · \d+ events/);

    await page.fill('#f-actor', 'CHN');
    await page.fill('#f-from', '2023-06-01');
    await page.fill('#f-to', '2023-06-30');
    await page.click('#apply');
    await page.waitForURL(/#\/events\?.*actor=CHN/);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#events-table tbody tr')];
      return rows.length > 0 && rows.every((r) => /CHN/.test(r.textContent ?? ''));
    });
    const rows = page.locator('#events-table tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < n; i++) expect(await rows.nth(i).locator('td').first().textContent()).toMatch(/^2023-06-/);
    expect(page.url()).toMatch(/from=2023-06-01/);
    const csv = (await page.getAttribute('a[href^="/api/export.csv"]', 'href')) ?? '';
    expect(Object.fromEntries(new URLSearchParams(csv.split('?')[1]))).toEqual({ actor: 'CHN', from: '2023-06-01', to: '2023-06-30' });
    await shot('events-filtered');

    // the address alone restores the view
    const shared = page.url();
    const other = await browser.context.newPage();
    await other.goto(shared);
    await other.waitForSelector('#events-table tbody tr');
    expect(await other.inputValue('#f-actor')).toBe('CHN');
    expect(await other.locator('#events-table tbody tr').count()).toBe(n);
    await other.close();
    expect(problems).toEqual([]);
  });

  it('opens an event and highlights its evidence in the article, with the decision trail', async () => {
    await open('#/events?actor=IGOEUREEC', '#events-table tbody tr');
    const evidence = (await page.locator('.event-link').first().textContent()) ?? '';
    await page.locator('.event-link').first().click();
    await page.waitForSelector('#article-text .hl-current');
    const highlighted = (await page.locator('#article-text .hl-current').allTextContents()).join('');
    expect(highlighted.replace(/\s+/g, ' ')).toContain(evidence.replace(/…$/, '').replace(/\s+/g, ' ').slice(0, 60));
    expect(await page.locator('#article-text .hl-actor').count()).toBeGreaterThan(0);
    expect(await page.textContent('#event-detail')).toMatch(/IGOEUREEC/);
    await page.click('#explain-button');
    await page.waitForSelector('#event-explain .explain-event');
    expect(await page.textContent('#event-explain')).toMatch(/IGOEUREEC/);
    await shot('event');
    expect(problems).toEqual([]);
  });

  it('shows an article with quotes, claims and actors in their own styles', async () => {
    await open('#/article/ex-002', '#article-text');
    for (const cls of ['.hl-evidence', '.hl-actor', '.hl-trigger', '.hl-claimed']) {
      expect(await page.locator(`#article-text ${cls}`).count(), cls).toBeGreaterThan(0);
    }
    await shot('article');
    expect(problems).toEqual([]);
  });

  it('codes a pasted article on the fly, shows its events and trail, and never runs pasted markup', async () => {
    await open('#/paste', '#paste-form');
    const text =
      'MOSCOW - Russia expelled two Estonian diplomats on Monday. <script>window.__pwned = 1</script>' +
      '<img src=x onerror="window.__pwned = 2"> "We will respond," the Estonian foreign ministry said.';
    await page.fill('#paste-text', text);
    await page.fill('#paste-published', '2024-02-05');
    await page.click('#paste-submit');
    await page.waitForSelector('#paste-result #events-table tbody tr');
    expect(await page.textContent('#paste-result #events-table')).toMatch(/RUS/);
    expect(await page.locator('#explain .explain-sentence').count()).toBeGreaterThan(0);
    expect(await page.textContent('#paste-result #article-text')).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#paste-result img, #paste-result script').count()).toBe(0);
    await shot('paste');
    expect(problems).toEqual([]);
  });

  it('draws the timeline of counts by quad class', async () => {
    await open('#/timeline?period=week', '#timeline-chart rect');
    expect(await page.locator('#timeline-chart rect').count()).toBeGreaterThan(3);
    await shot('timeline');
    await page.locator('#timeline-chart .bar').first().click();
    await page.waitForURL(/#\/events\?.*from=/);
    expect(problems).toEqual([]);
  });

  it('draws the world map from bundled data with the event locations', async () => {
    await open('#/map', '#world-map circle.place');
    expect(await page.locator('#world-map path.land').count()).toBeGreaterThan(150);
    expect(await page.locator('#world-map circle.place').count()).toBeGreaterThan(2);
    await shot('map');
    expect(problems).toEqual([]);
  });

  it('draws the actor network', async () => {
    await open('#/network', '#actor-network .node');
    expect(await page.locator('#actor-network .node').count()).toBeGreaterThan(4);
    expect(await page.locator('#actor-network path.edge').count()).toBeGreaterThan(3);
    await shot('network');
    await page.locator('#actor-network .node').first().click();
    await page.waitForURL(/#\/events\?.*actor=/);
    expect(problems).toEqual([]);
  });

  it('serves the page with a CSP that forbids inline script and every HTML sink', async () => {
    const res = await page.goto(`${server.url}/`);
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // Trusted Types with no policy: assigning a string to innerHTML throws in this page
    const sink = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<img src=x onerror="window.__pwned = 1">';
        return 'assigned';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
  });
});
