// The Natural Earth projection (Šavrič et al. 2011) and GeoJSON rings to SVG path data. A ring that
// jumps across the antimeridian starts a new sub-path instead of drawing a line across the map.
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const K = MAP_WIDTH / (2 * 2.7379);

export function project(lon: number, lat: number): [number, number] {
  const l = (lon * Math.PI) / 180;
  const p = (lat * Math.PI) / 180;
  const p2 = p * p;
  const p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [MAP_WIDTH / 2 + x * K, MAP_HEIGHT / 2 - y * K];
}

type Ring = number[][];

export function ringsToPath(rings: readonly Ring[]): string {
  const parts: string[] = [];
  for (const ring of rings) {
    let prev: number | null = null;
    ring.forEach(([lon, lat], i) => {
      const [x, y] = project(lon, lat);
      const jump = prev !== null && Math.abs(lon - prev) > 180;
      parts.push(`${i === 0 || jump ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`);
      prev = lon;
    });
    parts.push('Z');
  }
  return parts.join('');
}

/** Path data of a GeoJSON Polygon or MultiPolygon geometry. */
export function geometryPath(geometry: { type: string; coordinates?: unknown } | null): string {
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return ringsToPath(geometry.coordinates as Ring[]);
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).map((p) => ringsToPath(p)).join('');
  return '';
}
