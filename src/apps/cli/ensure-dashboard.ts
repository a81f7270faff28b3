// The dashboard for `dyad serve` / `npm start`: dist/web, built with Vite on first use (and again
// when a file under src/apps/web is newer than the build), so `npm ci && npm start` shows it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../create-coder.ts';

export const WEB_SOURCE = join(ROOT, 'src', 'apps', 'web');
export const WEB_ROOT = join(ROOT, 'dist', 'web');

function newestSource(): number {
  const files = readdirSync(WEB_SOURCE, { recursive: true }) as string[];
  return Math.max(0, ...files.map((f) => statSync(join(WEB_SOURCE, f)).mtimeMs));
}

export function dashboardIsCurrent(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  if (!existsSync(index)) return false;
  return !existsSync(WEB_SOURCE) || statSync(index).mtimeMs >= newestSource();
}

/** Builds the dashboard with Vite (a devDependency, present after `npm ci`), into dist/web by default. */
export async function buildDashboard(outDir = WEB_ROOT): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(WEB_SOURCE, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** The directory to serve, or undefined (API only) when there is no build and none can be made. */
export async function ensureDashboard(log: (line: string) => void): Promise<string | undefined> {
  if (dashboardIsCurrent()) return WEB_ROOT;
  try {
    log('dyad: building the dashboard (vite build → dist/web) …');
    await buildDashboard();
    return WEB_ROOT;
  } catch (err) {
    log(`dyad: could not build the dashboard (${(err as Error).message.split('\n')[0]}); serving the API only`);
    return existsSync(join(WEB_ROOT, 'index.html')) ? WEB_ROOT : undefined;
  }
}
