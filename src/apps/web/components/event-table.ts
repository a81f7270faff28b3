// A table of events: date, source, code, target, quad class, Goldstein, modality, place, evidence.
// Actor codes link to the events of that actor; the evidence links to the event.
import type { EventRecord } from '../../../core/types.ts';
import { h } from '../lib/dom.ts';
import { QUAD_LABEL, quadClass } from '../lib/quad-class.ts';
import { href } from '../lib/route.ts';

const actor = (code: string | null | undefined, text: string | undefined) =>
  code ? h('a', { href: href('events', { actor: code }), title: text ?? '', class: 'code' }, code) : h('span', { class: 'muted', title: text ?? '' }, text ? `(${text})` : '—');

export function eventRow(e: EventRecord, link = true): HTMLTableRowElement {
  const evidence = e.evidence.text.length > 220 ? `${e.evidence.text.slice(0, 220)}…` : e.evidence.text;
  return h(
    'tr',
    { 'data-event': e.id },
    h('td', { class: 'nowrap' }, e.date ?? '—'),
    h('td', {}, actor(e.source?.code, e.source?.text)),
    h('td', { class: 'nowrap', title: e.rule }, h('span', { class: 'code' }, e.cameo)),
    h('td', {}, actor(e.target?.code, e.target?.text)),
    h('td', {}, h('span', { class: `badge ${quadClass(e.quad_class)}`, title: QUAD_LABEL[e.quad_class] ?? '' }, String(e.quad_class))),
    h('td', { class: 'num' }, e.goldstein.toFixed(1)),
    h('td', {}, `${e.modality}${e.negated ? ' (negated)' : ''}${e.claim?.by?.code ? ` · by ${e.claim.by.code}` : ''}`),
    h('td', {}, e.location ? `${e.location.name}, ${e.location.country}` : '—'),
    h('td', { class: 'evidence' }, link ? h('a', { href: href('event', undefined, e.id), class: 'event-link' }, evidence) : evidence),
  );
}

export function eventTable(events: readonly EventRecord[], link = true): HTMLTableElement {
  return h(
    'table',
    { class: 'events', id: 'events-table' },
    h('thead', {}, h('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'Quad', 'Goldstein', 'Modality', 'Where', 'Evidence'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...events.map((e) => eventRow(e, link))),
  );
}
