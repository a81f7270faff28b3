// Turns an HTML fragment or element into plain text with one blank line between blocks (paragraphs,
// headings, list items), so that sentence splitting downstream sees the paragraph breaks.
import { parseHTML } from 'linkedom';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption';

const squash = (s: string) => s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();

interface TextNode {
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<TextNode>;
}

/** Text of an element, block by block; falls back to its whole text when blocks miss most of it. */
export function elementText(root: TextNode): string {
  const all = squash(root.textContent ?? '');
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => el.querySelectorAll(BLOCKS).length === 0);
  const parts = blocks.map((b) => squash(b.textContent ?? '')).filter(Boolean);
  const joined = parts.join('\n\n');
  return joined.length >= all.length * 0.6 ? joined : all;
}

/** Plain text of an HTML fragment (feed descriptions, Readability's content). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return squash(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  return elementText(document.body as unknown as TextNode);
}
