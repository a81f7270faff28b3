// Hash routes, so that every view is a shareable address the server never has to know about:
// #/events?actor=RUS&from=2020-08-01, #/event/<id>, #/article/<id>, #/map?country=BLR …
export interface Route {
  page: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  const [page, ...rest] = path.split('/');
  let id: string | null = null;
  if (rest.length) {
    try {
      id = decodeURIComponent(rest.join('/'));
    } catch {
      id = null;
    }
  }
  return { page: page || 'events', id, params: new URLSearchParams(q < 0 ? '' : body.slice(q + 1)) };
}

export function href(page: string, params?: URLSearchParams | Record<string, string>, id?: string): string {
  const qs = new URLSearchParams(params).toString();
  return `#/${page}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${qs ? `?${qs}` : ''}`;
}

export function go(page: string, params?: URLSearchParams | Record<string, string>, id?: string): void {
  location.hash = href(page, params, id);
}
