// An article's text with its layers drawn in different styles: evidence of events (the current one
// strongest), triggers, actors, direct quotes, reported speech, claimants and claimed events. The
// text goes in as text nodes only; a segment of an event's evidence links to that event.
import type { CodedArticle } from '../../../core/types.ts';
import { h } from '../lib/dom.ts';
import { type Mark, segments } from '../lib/highlight-spans.ts';
import { href } from '../lib/route.ts';

function marksOf(article: CodedArticle, current: string | null): Mark[] {
  const marks: Mark[] = [];
  for (const m of article.mentions) {
    marks.push({ start: m.start, end: m.end, cls: 'hl-actor', title: `actor ${m.code ?? '(no code)'}${m.role ? `, ${m.role}` : ''}` });
  }
  for (const a of article.attributions) {
    marks.push({ start: a.content.start, end: a.content.end, cls: a.direct ? 'hl-quote' : 'hl-speech', title: a.direct ? 'direct quote' : 'reported speech' });
    if (a.speaker) marks.push({ start: a.speaker.start, end: a.speaker.end, cls: 'hl-speaker', title: `speaker ${a.speaker.code ?? ''}` });
  }
  for (const e of article.events) {
    const here = e.id === current;
    const label = `${e.cameo} ${e.source?.code ?? '?'} → ${e.target?.code ?? '?'} (${e.modality})`;
    marks.push({ start: e.evidence.start, end: e.evidence.end, cls: here ? 'hl-evidence hl-current' : 'hl-evidence', title: `event ${label}`, event: e.id });
    marks.push({ start: e.trigger.start, end: e.trigger.end, cls: here ? 'hl-trigger hl-current-trigger' : 'hl-trigger', title: `trigger of ${label}` });
    if (e.claim) {
      marks.push({ start: e.evidence.start, end: e.evidence.end, cls: 'hl-claimed', title: `claimed by ${e.claim.by?.code ?? 'someone unnamed'}` });
      if (e.claim.by) marks.push({ start: e.claim.by.start, end: e.claim.by.end, cls: 'hl-claimant', title: `claimant ${e.claim.by.code ?? ''}` });
    }
  }
  return marks;
}

export function articleView(article: CodedArticle, current: string | null = null): HTMLElement {
  const text = article.text;
  const out = h('div', { class: 'article-text', id: 'article-text' });
  for (const seg of segments(text.length, marksOf(article, current))) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.marks.length) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const classes = [...new Set(seg.marks.flatMap((m) => m.cls.split(' ')))].join(' ');
    const title = [...new Set(seg.marks.map((m) => m.title).filter(Boolean))].join('\n');
    const event = seg.marks.find((m) => m.event === current && current !== null)?.event ?? seg.marks.find((m) => m.event)?.event;
    out.append(
      event
        ? h('a', { class: classes, title, href: href('event', undefined, event), 'data-event': event }, piece)
        : h('span', { class: classes, title }, piece),
    );
  }
  return out;
}

export function legend(): HTMLElement {
  const item = (cls: string, label: string) => h('li', {}, h('span', { class: `swatch ${cls}` }, label));
  return h(
    'ul',
    { class: 'legend' },
    item('hl-evidence hl-current', 'this event'),
    item('hl-evidence', 'other events'),
    item('hl-trigger', 'trigger'),
    item('hl-actor', 'actor'),
    item('hl-quote', 'direct quote'),
    item('hl-speech', 'reported speech'),
    item('hl-speaker', 'speaker'),
    item('hl-claimant', 'claimant'),
    item('hl-claimed', 'claimed event'),
  );
}
