import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputRecord } from '../../core/input-record.ts';
import type { ArticleInput } from '../../core/types.ts';
import { looksLikeFeed, looksLikeHtml, readFeedText, readHtml } from './read-markup.ts';
import { parseCsv } from './parse-csv.ts';
import { decodeBytes } from '../../core/decode-bytes.ts';

/** One article read from an input, or a bad record reported with where it was. */
export type InputItem =
  | { readonly ok: true; readonly input: ArticleInput; readonly origin: string }
  | { readonly ok: false; readonly origin: string; readonly error: string };

export const MAX_ARTICLE_CHARS = 5_000_000;


export function toInput(value: unknown, defaults: { published?: string }): { input: ArticleInput } | { error: string } {
  const r = InputRecord.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { error: `${issue.path.join('.') || 'record'}: ${issue.message}` };
  }
  if (r.data.text.length > MAX_ARTICLE_CHARS) return { error: `text is longer than the limit of ${MAX_ARTICLE_CHARS} characters` };
  const { id, ...rest } = r.data;
  return { input: { ...rest, ...(id !== undefined ? { id: String(id) } : {}), published: rest.published ?? defaults.published } };
}

function* fromJsonl(text: string, origin: string, defaults: { published?: string }): Generator<InputItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${origin}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { ok: false, origin: where, error: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    const r = toInput(value, defaults);
    yield 'input' in r ? { ok: true, input: r.input, origin: where } : { ok: false, origin: where, error: r.error };
  }
}

function* fromCsv(text: string, origin: string, defaults: { published?: string }): Generator<InputItem> {
  let header: string[] | null = null;
  for (const { line, cells } of parseCsv(text)) {
    if (!header) {
      header = cells.map((c) => c.trim().toLowerCase());
      if (!header.includes('text')) {
        yield { ok: false, origin: `${origin}:${line}`, error: 'CSV has no "text" column' };
        return;
      }
      continue;
    }
    const record = Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']).filter(([, v]) => v !== ''));
    const r = toInput(record, defaults);
    yield 'input' in r ? { ok: true, input: r.input, origin: `${origin}:${line}` } : { ok: false, origin: `${origin}:${line}`, error: r.error };
  }
}

/** Standard input, decoded like a file (UTF-8, UTF-16 with a BOM, Windows-1252; binary throws E_INPUT_ENCODING). */
export function readStdin(): string {
  return decodeBytes(readFileSync(0), 'stdin').text;
}

export const KNOWN = new Set(['.jsonl', '.ndjson', '.json', '.txt', '.csv', '.text', '.html', '.htm', '.xml', '.rss', '.atom', '.rdf']);

/** Reads a file (jsonl, json, csv, txt, any of them .gz), a directory of such files, or stdin ("-"). */
export function* readInputs(path: string, defaults: { published?: string }, stdin?: () => string): Generator<InputItem> {
  if (path === '-') {
    let text: string;
    try {
      text = stdin ? stdin() : readStdin();
    } catch (e) {
      yield { ok: false, origin: 'stdin', error: e instanceof Error ? e.message : String(e) };
      return;
    }
    const looksJsonl = text.trimStart().startsWith('{');
    if (looksJsonl) yield* fromJsonl(text, 'stdin', defaults);
    else if (looksLikeHtml(text)) yield* readHtml(text, 'stdin', 'stdin', defaults);
    else if (looksLikeFeed(text)) yield* readFeedText(text, 'stdin', defaults);
    else yield { ok: true, input: { text, published: defaults.published }, origin: 'stdin' };
    return;
  }
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith('.meta.json')) continue;
      const ext = extname(name.replace(/\.gz$/, '')).toLowerCase();
      if (KNOWN.has(ext)) yield* readInputs(join(path, name), defaults);
    }
    return;
  }
  let buf = readFileSync(path);
  let name = path;
  if (path.endsWith('.gz')) {
    buf = gunzipSync(buf);
    name = path.slice(0, -3);
  }
  let text: string;
  try {
    text = decodeBytes(buf, path).text;
  } catch (e) {
    yield { ok: false, origin: path, error: e instanceof Error ? e.message : String(e) };
    return;
  }
  const ext = extname(name).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') yield* fromJsonl(text, path, defaults);
  else if (ext === '.csv') yield* fromCsv(text, path, defaults);
  else if (ext === '.json') yield* fromJsonl(JSON.stringify(JSON.parse(text)), path, defaults);
  else if (ext === '.html' || ext === '.htm') yield* readHtml(text, path, basename(name, extname(name)), defaults);
  else if (ext === '.xml' || ext === '.rss' || ext === '.atom' || ext === '.rdf') yield* readFeedText(text, path, defaults);
  else {
    const id = basename(name, extname(name));
    const meta = sidecar(name);
    yield { ok: true, input: { id, ...meta, text, published: defaults.published ?? meta.published }, origin: path };
  }
}

/** "article.txt" may have "article.meta.json" beside it with title, published, url, outlet. */
function sidecar(name: string): Partial<ArticleInput> {
  const path = name.slice(0, name.length - extname(name).length) + '.meta.json';
  if (!existsSync(path)) return {};
  try {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    const pick = (k: string) => (typeof m[k] === 'string' ? { [k]: m[k] } : {});
    return { ...pick('title'), ...pick('published'), ...pick('url'), ...pick('outlet'), ...pick('language') };
  } catch {
    return {};
  }
}
