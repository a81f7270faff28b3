// Vite builds the dashboard (plain TypeScript + DOM, no framework) into dist/web, which the API
// process serves at /. Everything is bundled: no CDN, the world map comes from world-atlas.
// `npm run dev:web` serves it with hot reload and forwards /api to a running `dyad serve`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: 'public',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // no data: URIs: every asset is a file under /assets, which the Content-Security-Policy allows
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8787' } },
});
