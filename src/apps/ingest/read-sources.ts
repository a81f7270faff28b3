// Every command-line source as one stream of input items, each tagged with a journal key for its
// source and its position in it: local files (txt, html, jsonl, csv, xml feeds, any .gz), directories,
// stdin, and http(s) URLs (pages or feeds, fetched through the safe, polite fetcher).
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Fetcher } from '../../adapters/fetch/fetcher.ts';
import { type InputItem, KNOWN, readInputs, readStdin } from '../cli/read-inputs.ts';
import { fetchUrlInputs } from './fetch-article.ts';

/** A URL whose article is already stored: not fetched again. */
export interface KnownItem {
  readonly ok: false;
  readonly known: true;
  readonly origin: string;
  readonly error: string;
}

export type SourceItem = (InputItem | KnownItem) & {
  /** journal key of the source, or null when it cannot be resumed by position (URLs) */
  readonly source: string | null;
  /** index of the item in its source */
  readonly position: number;
};

export interface SourceOptions {
  readonly published?: string;
  /** needed for URL sources */
  readonly fetcher?: Fetcher;
  readonly stdin?: () => string;
  /** is this URL's article already stored? (feed items are then not fetched) */
  readonly known?: (url: string) => Promise<boolean>;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

function listing(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) continue;
    if (KNOWN.has(extname(name.replace(/\.gz$/, '')).toLowerCase())) out.push(`${name}\t${st.size}\t${st.mtimeMs}`);
  }
  return out;
}

/** A key that changes when the input does: path, size and mtime (a directory: its listing). */
export function journalKey(path: string): string {
  const abs = resolve(path);
  const st = statSync(abs);
  if (st.isDirectory()) return `dir:${abs}:${createHash('sha256').update(listing(abs).join('\n')).digest('hex').slice(0, 16)}`;
  return `file:${abs}:${st.size}:${Math.floor(st.mtimeMs)}`;
}

export async function* readSources(args: readonly string[], o: SourceOptions): AsyncGenerator<SourceItem> {
  const defaults = { published: o.published };
  for (const arg of args) {
    let position = 0;
    if (isUrl(arg)) {
      if (!o.fetcher) {
        yield { ok: false, origin: arg, error: 'URL sources need a fetcher', source: null, position };
        continue;
      }
      if (o.known && (await o.known(arg))) {
        yield { ok: false, known: true, origin: arg, error: 'already stored', source: null, position };
        continue;
      }
      for await (const item of fetchUrlInputs(o.fetcher, arg, defaults, o.known)) yield { ...item, source: null, position: position++ };
      continue;
    }
    if (arg === '-') {
      let text: string;
      try {
        text = o.stdin ? o.stdin() : readStdin();
      } catch (e) {
        yield { ok: false, origin: 'stdin', error: e instanceof Error ? e.message : String(e), source: null, position: position++ };
        continue;
      }
      const source = `stdin:${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
      for (const item of readInputs('-', defaults, () => text)) yield { ...item, source, position: position++ };
      continue;
    }
    let source: string;
    try {
      source = journalKey(arg);
    } catch (e) {
      yield { ok: false, origin: arg, error: (e as Error).message, source: null, position };
      continue;
    }
    try {
      for (const item of readInputs(arg, defaults)) yield { ...item, source, position: position++ };
    } catch (e) {
      yield { ok: false, origin: arg, error: (e as Error).message, source: null, position };
    }
  }
}
