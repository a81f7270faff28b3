// #/timeline?period=day|week&filters: stacked bars of event counts per period by quad class. A bar
// opens the events of its period.
import type { PeriodCount } from '../../../adapters/store/analytics-queries.ts';
import { api } from '../lib/api-client.ts';
import { h, s } from '../lib/dom.ts';
import { filterForm, filterParams } from '../lib/filters.ts';
import { errorBox, type Page, title } from '../lib/page.ts';
import { QUAD_CLASSES, QUAD_LABEL, quadClass } from '../lib/quad-class.ts';
import { go } from '../lib/route.ts';

const W = 960;
const H = 320;
const M = { left: 48, right: 12, top: 12, bottom: 36 };

const DAY = 86_400_000;
const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Bars on a continuous time axis, so quiet stretches show as gaps. */
function chart(counts: PeriodCount[], period: string, filters: URLSearchParams): SVGSVGElement {
  const periods = [...new Set(counts.map((c) => c.period).filter((p): p is string => p !== null))].sort();
  const by = new Map<string, Map<string, number>>();
  for (const c of counts) if (c.period) by.set(c.period, (by.get(c.period) ?? new Map()).set(c.key ?? '', c.n));
  const totals = periods.map((p) => [...(by.get(p)?.values() ?? [])].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const step = period === 'week' ? 7 * DAY : DAY;
  const t0 = time(periods[0] ?? '2000-01-01');
  const t1 = time(periods[periods.length - 1] ?? '2000-01-01') + step;
  const px = plotW / Math.max(step, t1 - t0);
  const x = (t: number) => M.left + (t - t0) * px;
  const bw = Math.max(2, step * px - 1);
  const y = (n: number) => (n / max) * plotH;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', id: 'timeline-chart', role: 'img', 'aria-label': 'events per period by quad class' });
  svg.append(
    s('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'axis' }),
    s('text', { x: M.left - 6, y: M.top + 10, class: 'tick', 'text-anchor': 'end' }, String(max)),
    s('text', { x: M.left - 6, y: H - M.bottom, class: 'tick', 'text-anchor': 'end' }, '0'),
  );
  const ticks = Math.min(8, Math.max(1, Math.round((t1 - t0) / step)));
  for (let i = 0; i <= ticks; i++) {
    const t = t0 + ((t1 - t0) * i) / ticks;
    svg.append(
      s('line', { x1: x(t), x2: x(t), y1: H - M.bottom, y2: H - M.bottom + 4, class: 'axis' }),
      s('text', { x: x(t), y: H - M.bottom + 16, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end' : 'middle' }, new Date(t).toISOString().slice(0, 10)),
    );
  }
  for (const p of periods) {
    let base = H - M.bottom;
    const group = s('g', { class: 'bar', tabindex: 0, 'data-period': p });
    for (const q of QUAD_CLASSES) {
      const n = by.get(p)?.get(String(q)) ?? 0;
      if (!n) continue;
      const hgt = y(n);
      base -= hgt;
      group.append(s('rect', { x: x(time(p)), y: base, width: bw, height: hgt, class: quadClass(q) }, s('title', {}, `${p}: ${n} ${QUAD_LABEL[q]}`)));
    }
    group.addEventListener('click', () => {
      const next = new URLSearchParams(filters);
      next.set('from', p);
      next.set('to', period === 'week' ? new Date(time(p) + 6 * DAY).toISOString().slice(0, 10) : p);
      go('events', next);
    });
    svg.append(group);
  }
  return svg;
}

export const timelinePage: Page = async (view, route) => {
  const period = route.params.get('period') === 'week' ? 'week' : 'day';
  const filters = filterParams(route.params);
  const select = h('select', { name: 'period', id: 'f-period' }, h('option', { value: 'day', selected: period === 'day' }, 'per day'), h('option', { value: 'week', selected: period === 'week' }, 'per week'));
  const out = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  view.replaceChildren(title('Timeline'), filterForm('timeline', route.params, h('label', { for: 'f-period' }, h('span', {}, 'Period'), select)), out);
  try {
    const params = new URLSearchParams(filters);
    params.set('period', period);
    params.set('by', 'quad_class');
    const { counts } = await api.counts(params);
    const undated = counts.filter((c) => c.period === null).reduce((a, c) => a + c.n, 0);
    out.replaceChildren(
      h('ul', { class: 'legend' }, ...QUAD_CLASSES.map((q) => h('li', {}, h('span', { class: `swatch ${quadClass(q)}` }, `${q} ${QUAD_LABEL[q]}`)))),
      counts.length ? chart(counts, period, filters) : h('p', { class: 'muted' }, 'No event matches these filters.'),
      undated ? h('p', { class: 'muted' }, `${undated} event(s) without a date are not drawn.`) : '',
    );
  } catch (err) {
    out.replaceChildren(errorBox(err));
  }
};
