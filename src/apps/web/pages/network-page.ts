// #/network?level=3|0&filters: who acts on whom. Nodes are actor codes (cut to the country by
// default) on a circle; an arrow per dyad, its width the count, its colour the mean Goldstein score.
import type { DyadCount } from '../../../adapters/store/analytics-queries.ts';
import { api } from '../lib/api-client.ts';
import { h, s } from '../lib/dom.ts';
import { filterForm, filterParams } from '../lib/filters.ts';
import { errorBox, type Page, title } from '../lib/page.ts';
import { go } from '../lib/route.ts';

const W = 960;
const H = 620;
const R = 250;

function graph(dyads: DyadCount[], filters: URLSearchParams): SVGSVGElement {
  const weight = new Map<string, number>();
  for (const d of dyads) for (const c of [d.source, d.target]) weight.set(c, (weight.get(c) ?? 0) + d.n);
  const nodes = [...weight.keys()].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b));
  const pos = new Map(nodes.map((c, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [c, [W / 2 + R * Math.cos(a), H / 2 + R * Math.sin(a)] as const];
  }));
  const maxN = Math.max(1, ...dyads.map((d) => d.n));
  const maxW = Math.max(1, ...weight.values());
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', id: 'actor-network', role: 'img', 'aria-label': 'actor network' });
  svg.append(
    s('defs', {}, ...['pos', 'neg'].map((k) => s('marker', { id: `arrow-${k}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto' }, s('path', { d: 'M0,0L10,5L0,10z', class: `arrow ${k}` })))),
  );
  const radius = (c: string) => 6 + 14 * Math.sqrt((weight.get(c) ?? 0) / maxW);
  /** p moved towards q by d */
  const toward = ([px, py]: readonly [number, number], [qx, qy]: readonly [number, number], d: number): [number, number] => {
    const len = Math.hypot(qx - px, qy - py) || 1;
    return [px + ((qx - px) * d) / len, py + ((qy - py) * d) / len];
  };
  for (const d of dyads) {
    const a = pos.get(d.source) ?? ([0, 0] as const);
    const b = pos.get(d.target) ?? ([0, 0] as const);
    const mean = d.goldstein / d.n;
    const k = mean < 0 ? 'neg' : 'pos';
    // a curve bending to the right of its direction, so A→B and B→A do not overlap; a loop for A→A.
    // It starts and ends at the node circles' edges, so the arrow head stays visible.
    const ctrl: [number, number] = [(a[0] + b[0]) / 2 + (b[1] - a[1]) * 0.15, (a[1] + b[1]) / 2 - (b[0] - a[0]) * 0.15];
    const [x1, y1] = toward(a, ctrl, radius(d.source) + 1);
    const [x2, y2] = toward(b, ctrl, radius(d.target) + 3);
    const r = radius(d.source);
    const path =
      d.source === d.target
        ? `M${a[0] - r * 0.7},${a[1] - r * 0.7}c-25,-45 ${r * 1.4 + 25},-45 ${r * 1.4},0`
        : `M${x1.toFixed(1)},${y1.toFixed(1)}Q${ctrl[0].toFixed(1)},${ctrl[1].toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
    const edge = s(
      'path',
      { d: path, class: `edge ${k}`, 'stroke-width': (1 + 7 * Math.sqrt(d.n / maxN)).toFixed(1), 'marker-end': `url(#arrow-${k})`, tabindex: 0 },
      s('title', {}, `${d.source} → ${d.target}: ${d.n} event(s), Goldstein sum ${d.goldstein}, mean ${mean.toFixed(1)}`),
    );
    edge.addEventListener('click', () => {
      const next = new URLSearchParams(filters);
      next.set('source', d.source);
      next.set('target', d.target);
      go('events', next);
    });
    svg.append(edge);
  }
  for (const c of nodes) {
    const [x, y] = pos.get(c) ?? [0, 0];
    const node = s(
      'g',
      { class: 'node', tabindex: 0, 'data-actor': c },
      s('circle', { cx: x, cy: y, r: radius(c).toFixed(1) }),
      s('text', { x, y: y + (y < H / 2 ? -22 : 30), 'text-anchor': 'middle' }, c),
      s('title', {}, `${c}: ${weight.get(c)} event(s) in these dyads`),
    );
    node.addEventListener('click', () => {
      const next = new URLSearchParams(filters);
      next.set('actor', c);
      go('events', next);
    });
    svg.append(node);
  }
  return svg;
}

export const networkPage: Page = async (view, route) => {
  const level = route.params.get('level') === '0' ? '0' : '3';
  const filters = filterParams(route.params);
  const select = h('select', { name: 'level', id: 'f-level' }, h('option', { value: '3', selected: level === '3' }, 'countries'), h('option', { value: '0', selected: level === '0' }, 'full codes'));
  const out = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  view.replaceChildren(title('Actor network'), filterForm('network', route.params, h('label', { for: 'f-level' }, h('span', {}, 'Actors'), select)), out);
  try {
    const params = new URLSearchParams(filters);
    params.set('limit', '60');
    if (level === '3') params.set('codeLength', '3');
    const { dyads } = await api.dyads(params);
    out.replaceChildren(
      h('p', { class: 'muted' }, `The ${dyads.length} most frequent dyads. Arrow width: events; red: conflict, green: cooperation (mean Goldstein). Click an actor or an arrow for its events.`),
      dyads.length ? graph(dyads, filters) : h('p', { class: 'muted' }, 'No dyad matches these filters.'),
    );
  } catch (err) {
    out.replaceChildren(errorBox(err));
  }
};
