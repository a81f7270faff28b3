// JSON responses with <, >, & and the JS line separators escaped as \uXXXX: still the same JSON
// value, but posted text such as "<script>" can never be read as markup, whatever a client sniffs.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const UNSAFE = /[<>&\u2028\u2029]/g;

export function safeStringify(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sendJson(c: Context, data: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(safeStringify(data), status, { 'Content-Type': 'application/json; charset=UTF-8' });
}
