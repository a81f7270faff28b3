// #/events?filters: the event table with the filters, more pages by cursor, and export links.
import { eventRow, eventTable } from '../components/event-table.ts';
import { api } from '../lib/api-client.ts';
import { h } from '../lib/dom.ts';
import { filterForm, filterParams } from '../lib/filters.ts';
import { errorBox, type Page, title } from '../lib/page.ts';

const PAGE_SIZE = '100';

export const eventsPage: Page = async (view, route) => {
  const filters = filterParams(route.params);
  const qs = filters.toString();
  const exports = h(
    'p',
    { class: 'exports' },
    'Export these events: ',
    ...['jsonl', 'csv', 'gdelt'].flatMap((f, i) => [i ? ' · ' : '', h('a', { href: `/api/export.${f}${qs ? `?${qs}` : ''}`, download: '' }, f.toUpperCase())]),
  );
  const status = h('p', { class: 'muted', id: 'events-status' }, 'Loading…');
  const table = eventTable([]);
  const more = h('button', { type: 'button', id: 'more', hidden: true }, 'More');
  view.replaceChildren(title('Events'), filterForm('events', route.params), exports, status, table, more);

  let cursor: string | null = null;
  let shown = 0;
  const load = async () => {
    const params = new URLSearchParams(filters);
    params.set('limit', PAGE_SIZE);
    if (cursor) params.set('cursor', cursor);
    try {
      const page = await api.events(params);
      table.tBodies[0].append(...page.events.map((e) => eventRow(e)));
      shown += page.events.length;
      cursor = page.nextCursor;
      more.hidden = cursor === null;
      status.textContent = shown ? `${shown} event(s)${cursor ? ', more below' : ''}. This page's address is a shareable link to this view.` : 'No event matches these filters.';
    } catch (err) {
      status.replaceWith(errorBox(err));
    }
  };
  more.addEventListener('click', () => void load());
  await load();
};
