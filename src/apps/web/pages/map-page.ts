// #/map?filters: event locations on a world map drawn from world-atlas (bundled, no tile server).
// Circle area follows the count, colour the mean Goldstein score; a circle opens its events.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import { api } from '../lib/api-client.ts';
import { h, s } from '../lib/dom.ts';
import { filterForm, filterParams } from '../lib/filters.ts';
import { MAP_HEIGHT, MAP_WIDTH, geometryPath, project } from '../lib/natural-earth.ts';
import { errorBox, type Page, title } from '../lib/page.ts';
import { go } from '../lib/route.ts';

let land: Promise<string[]> | null = null;

/** Path data of every country, loaded once from the bundled TopoJSON. */
function countryPaths(): Promise<string[]> {
  land ??= fetch(countriesUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => feature(topo, topo.objects.countries).features.map((f) => geometryPath(f.geometry)));
  return land;
}

function outline(): string {
  const pts: string[] = [];
  for (let lat = -90; lat <= 90; lat += 5) pts.push(project(-180, lat).join(','));
  for (let lat = 90; lat >= -90; lat -= 5) pts.push(project(180, lat).join(','));
  return `M${pts.join('L')}Z`;
}

export const mapPage: Page = async (view, route) => {
  const filters = filterParams(route.params);
  const out = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  view.replaceChildren(title('Map'), filterForm('map', route.params), out);
  try {
    const params = new URLSearchParams(filters);
    params.set('limit', '2000');
    const [paths, { places }] = await Promise.all([countryPaths(), api.places(params)]);
    const max = Math.max(1, ...places.map((p) => p.n));
    const svg = s('svg', { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, class: 'map', id: 'world-map', role: 'img', 'aria-label': 'event locations' });
    svg.append(s('path', { d: outline(), class: 'sphere' }), ...paths.map((d) => s('path', { d, class: 'land' })));
    // largest first, so small places stay clickable on top
    for (const p of [...places].sort((a, b) => b.n - a.n)) {
      const [x, y] = project(p.lon, p.lat);
      const mean = p.goldstein / p.n;
      const dot = s(
        'circle',
        { cx: x.toFixed(1), cy: y.toFixed(1), r: (2.5 + 14 * Math.sqrt(p.n / max)).toFixed(1), class: `place ${mean < 0 ? 'neg' : 'pos'}`, tabindex: 0, 'data-place': p.name },
        s('title', {}, `${p.name}, ${p.country}: ${p.n} event(s), mean Goldstein ${mean.toFixed(1)}`),
      );
      dot.addEventListener('click', () => {
        const next = new URLSearchParams(filters);
        next.set('place', p.name);
        next.set('country', p.country);
        go('events', next);
      });
      svg.append(dot);
    }
    out.replaceChildren(
      h('p', { class: 'muted' }, `${places.length} place(s). Red: mostly conflict, green: mostly cooperation. Click a place for its events.`),
      svg,
    );
  } catch (err) {
    out.replaceChildren(errorBox(err));
  }
};
