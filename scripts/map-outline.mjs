// Writes public/images/land.svg: the land outline of Natural Earth (public
// domain, 1:110m, from the world-atlas package) as SVG path data in the portal's map projection:
// x = (lon + 180) * 10, y = (90 - lat) * 10, rounded, with relative moves so it compresses well.
// Run after changing the projection: `node scripts/map-outline.mjs` (scripts/setup installs the packages).
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const topology = JSON.parse(readFileSync(new URL('./node_modules/world-atlas/land-110m.json', import.meta.url)));
const land = feature(topology, topology.objects.land);
const project = ([lon, lat]) => [Math.round((lon + 180) * 10), Math.round((90 - lat) * 10)];
// Antarctica and the far south hold no partner: leave them out of the outline.
const SOUTH_LIMIT = -60;

// A ring that crosses the 180° line jumps from one edge of the map to the other: drawn as it is,
// it fills a band across the whole width (Chukotka, Fiji). Its longitudes are unwrapped into one
// continuous ring, drawn once where it starts and once a world away: the view box clips each
// copy to its own side.
const unwrap = (ring) => {
  const out = [ring[0]];
  for (const [lon, lat] of ring.slice(1)) {
    const before = out[out.length - 1][0];
    let unwrapped = lon;
    while (unwrapped - before > 180) unwrapped -= 360;
    while (unwrapped - before < -180) unwrapped += 360;
    out.push([unwrapped, lat]);
  }
  return out;
};
const crosses = (ring) => ring.some(([lon], i) => i > 0 && Math.abs(lon - ring[i - 1][0]) > 180);

let path = '';
const geometries = land.type === 'FeatureCollection' ? land.features.map((f) => f.geometry) : [land.geometry];
const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
for (const polygon of polygons) {
  for (const original of polygon) {
    if (original.every(([, lat]) => lat < SOUTH_LIMIT)) continue;
    const copies = [original];
    if (crosses(original)) {
      const ring = unwrap(original);
      const west = Math.min(...ring.map(([lon]) => lon));
      copies.splice(0, 1, ring, ring.map(([lon, lat]) => [lon + (west < -180 ? 360 : -360), lat]));
    }
    for (const ring of copies) {
      let previous = null;
      let ringPath = '';
      let points = 0;
      for (const point of ring.map(project)) {
        if (previous && Math.abs(point[0] - previous[0]) + Math.abs(point[1] - previous[1]) < 4) continue;
        ringPath += previous ? `l${point[0] - previous[0]} ${point[1] - previous[1]}` : `M${point[0]} ${point[1]}`;
        previous = point;
        points++;
      }
      if (points >= 3) path += ringPath.replace(/ -/g, '-') + 'z';
    }
  }
}
// A file of its own, not part of the app: only the map page asks for it (`<use href>`).
const out = new URL('../public/images/land.svg', import.meta.url);
writeFileSync(out, `<svg xmlns="http://www.w3.org/2000/svg"><path id="land" d="${path}"/></svg>\n`);
console.log(`wrote ${out.pathname}: ${path.length} bytes`);
