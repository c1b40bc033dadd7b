/**
 * The interactive map of /map/. Nothing heavy loads with the page: Leaflet, its stylesheet and
 * the two GeoJSON files are fetched only once the map scrolls into view (and only when
 * JavaScript runs; without it the lists beside the map say everything). The data are the API's
 * files (/api/v1/districts.geojson, /api/v1/locations.geojson), the same that app builders use.
 * Colours live in
 * site.css through class names, so markers, list swatches and the layer control agree.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type * as Leaflet from 'leaflet';
// The URL only: imported as a module, Astro would link Leaflet's CSS from the page's <head> and
// every reader would pay for it; a <link> added on demand costs nothing until the map is seen.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { countsInWords } from '../lib/words.ts';

interface Link {
  title: string;
  url: string;
}
interface DistrictProps {
  /** "Cayo", without "District". */
  name: string;
  url: string;
  commitments: number;
  meetings: number;
  datasets: number;
}
interface PlaceProps {
  /** venue, site or data: the layer. */
  type: string;
  title: string;
  links: Link[];
}

/**
 * The API's links are absolute, naming the public address; followed from a deploy preview (or a
 * test server) they would leave it. The path keeps the reader on the site they are using.
 */
const onThisSite = (link: Link): Link => {
  const url = new URL(link.url, location.href);
  return { title: link.title, url: url.pathname + url.search + url.hash };
};

const root = document.querySelector<HTMLElement>('[data-module="og-livemap"]');
const box = root?.querySelector<HTMLElement>('[data-livemap-map]');
if (root && box && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    start(root, box).catch((error: unknown) => {
      box.querySelector('p')!.textContent = 'The map could not be loaded. Every place on it is listed below.';
      console.error(error);
    });
  });
  observer.observe(box);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/** A popup's content, built as elements so that no title is ever parsed as HTML. */
function popupContent(title: string, lines: string[], links: Link[]): HTMLElement {
  const content = document.createElement('div');
  const add = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text = '') => {
    const element = parent.appendChild(document.createElement(tag));
    element.textContent = text;
    return element;
  };
  add(content, 'strong', title);
  for (const line of lines) add(content, 'p', line);
  const list = add(content, 'ul');
  for (const link of links.map(onThisSite)) add(add(list, 'li'), 'a', link.title).setAttribute('href', link.url);
  return content;
}

async function start(root: HTMLElement, box: HTMLElement) {
  const [{ default: L }, districts, places] = await Promise.all([
    import('leaflet'),
    getJson<FeatureCollection<Polygon | MultiPolygon, DistrictProps>>(root.dataset.districts!),
    getJson<FeatureCollection<Point, PlaceProps>>(root.dataset.locations!),
    new Promise((loaded, failed) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCss, onload: loaded, onerror: failed });
      document.head.append(link);
    }),
  ]);
  box.replaceChildren();
  const { tiles, tilesAttribution = '', credit = '' } = root.dataset;
  // Wheel zoom off: a page that scrolls should not be hijacked by the map under the finger.
  const map = L.map(box, { scrollWheelZoom: false, zoomSnap: 0.5 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  // Leaflet writes attributions as HTML: settings and credits are text, so escape them.
  const text = (value: string) => Object.assign(document.createElement('span'), { textContent: value }).innerHTML;
  if (tiles) {
    root.classList.add('og-livemap--tiles');
    L.tileLayer(tiles, { attribution: text(tilesAttribution) }).addTo(map);
  }
  map.attributionControl.addAttribution(text(credit));

  const districtLayers = new Map<string, Leaflet.Layer>();
  const districtLayer = L.geoJSON(districts, {
    style: { className: 'og-livemap__district' },
    onEachFeature: (feature: Feature<Polygon | MultiPolygon, DistrictProps>, layer) => {
      const p = feature.properties;
      const name = `${p.name} District`;
      layer.bindPopup(() => popupContent(name, [`${countsInWords(p)} touch it.`], [{ title: `${name}: its page`, url: p.url }]));
      districtLayers.set(String(feature.id), layer);
    },
  }).addTo(map);
  map.fitBounds(districtLayer.getBounds(), { padding: [8, 8] });

  // The places have no ids: the list beside the map numbers them in the same order (both come
  // from src/lib/geo/locations.ts), so a place's position is its id.
  places.features.forEach((feature, index) => (feature.id = index));
  // One layer per kind of place, named after the list's heading for it, with its swatch.
  const placeLayers = new Map<string, Leaflet.Layer>();
  const overlays: Record<string, Leaflet.Layer> = {};
  const layerOfKind = new Map<string, Leaflet.GeoJSON>([['district', districtLayer]]);
  for (const heading of root.querySelectorAll<HTMLElement>('[data-livemap-layer]')) {
    const kind = heading.dataset.livemapLayer!;
    if (kind === 'district') {
      overlays[heading.innerHTML] = districtLayer;
      continue;
    }
    const ofKind: FeatureCollection<Point, PlaceProps> = { ...places, features: places.features.filter((feature) => feature.properties.type === kind) };
    const layer = L.geoJSON(
      ofKind,
      {
        pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { className: `og-livemap__marker og-livemap__marker--${kind}`, radius: kind === 'data' ? 5 : 7 }),
        onEachFeature: (feature: Feature<Point, PlaceProps>, marker) => {
          marker.bindPopup(() => popupContent(feature.properties.title, [heading.dataset.livemapOne ?? ''], feature.properties.links));
          placeLayers.set(String(feature.id), marker);
        },
      },
    );
    layerOfKind.set(kind, layer);
    overlays[heading.innerHTML] = layer;
  }
  // Last added is drawn on top: the few venues and sites over the many data points.
  [...layerOfKind.values()].reverse().forEach((layer) => layer !== districtLayer && layer.addTo(map));
  const toggles = L.control.layers(undefined, overlays, { collapsed: false }).addTo(map).getContainer()!;
  // Under the map rather than over it, where on a phone it would hide a third of the map.
  toggles.setAttribute('role', 'group');
  toggles.setAttribute('aria-label', 'Show on the map');
  box.after(toggles);
  // Districts stay under the markers, however often they are switched off and on again (the
  // layer control fires this for every overlay added, by a toggle or by the buttons below).
  map.on('overlayadd', () => districtLayer.bringToBack());

  // Circle markers cannot take focus: the lists beside the map get a button per feature that
  // shows it on the map and moves focus into its popup, where its links are.
  const show = (layer: Leaflet.Layer, group: Leaflet.Layer) => {
    if (!map.hasLayer(group)) group.addTo(map);
    const located = layer as Leaflet.CircleMarker | Leaflet.Polygon;
    if ('getLatLng' in located) map.setView(located.getLatLng(), Math.max(map.getZoom(), 11));
    else map.fitBounds(located.getBounds());
    box.scrollIntoView({ block: 'nearest' });
    located.openPopup();
    located.getPopup()?.getElement()?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus();
  };
  for (const item of root.querySelectorAll<HTMLElement>('[data-livemap-feature]')) {
    const [kind, id] = item.dataset.livemapFeature!.split(':');
    const layer = kind === 'district' ? districtLayers.get(id) : placeLayers.get(id);
    const group = layerOfKind.get(kind);
    if (!layer || !group) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'og-livemap__show';
    button.append('Show ', Object.assign(document.createElement('span'), { className: 'og-visually-hidden', textContent: `${item.dataset.livemapName} ` }), 'on map');
    button.addEventListener('click', () => show(layer, group));
    item.append(' ', button);
  }
  root.dataset.state = 'ready';
}
