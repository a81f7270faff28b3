// What a page is: it fills the view for a route. Errors become a message in the page, as text.
import { ApiError } from './api-client.ts';
import { h } from './dom.ts';
import type { Route } from './route.ts';

export type Page = (view: HTMLElement, route: Route) => Promise<void>;

export function errorBox(err: unknown): HTMLElement {
  const text = err instanceof ApiError ? `${err.code}: ${err.message}` : err instanceof Error ? err.message : String(err);
  return h('p', { class: 'error', role: 'alert' }, text);
}

export const title = (text: string, ...rest: (string | Node)[]) => h('h1', {}, text, ...rest);
