// Building DOM without HTML strings: text always goes in as text nodes, attributes through
// setAttribute, links only to this dashboard or to http(s). Nothing here parses markup.
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const URL_ATTRS = new Set(['href', 'src', 'action', 'xlink:href']);

/** Only links into this app (#/…, /…) or to http(s) pages; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string): string | null {
  return /^(#|\/(?!\/)|https?:\/\/)/i.test(url.trim()) ? url : null;
}

function apply(el: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
      continue;
    }
    const text = value === true ? '' : String(value);
    if (URL_ATTRS.has(key)) {
      const url = safeUrl(text);
      if (url !== null) el.setAttribute(key, url);
      continue;
    }
    el.setAttribute(key, text);
  }
}

export function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** An HTML element: h('a', { href: '#/events', onclick: fn }, 'text', child). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}
