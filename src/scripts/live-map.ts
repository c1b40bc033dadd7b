/**
 * The interactive map of /map/. Nothing heavy loads with the page: Leaflet, its stylesheet and
 * the districts' file (/api/v1/districts.geojson) are fetched only once the map scrolls into
 * view (and only when JavaScript runs; without it the lists beside the map say everything).
 *
 * At scale (issue #15) the first view stays the same size whatever the number of places: it
 * draws the six districts, each with a marker saying how many places it holds. A district's
 * places (its files under /api/v1/locations/, the same that app builders use) load when the
 * reader selects that marker or its button beside the map, or zooms in on the district, and are
 * drawn on one canvas, which stays quick with thousands of dots. Colours live in live-map.css, read
 * from the legend's swatches, so dots, swatches and the layer control agree. Its words come from
 * the page too, in the page's language (`data-words` and each district's data attributes, written
 * by src/components/InteractiveMap.astro), so the bundle carries no dictionary.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type * as Leaflet from 'leaflet';
// The URL only: imported as a module, Astro would link Leaflet's CSS from the page's <head> and
// every reader would pay for it; a <link> added on demand costs nothing until the map is seen.
import leafletCss from 'leaflet/dist/leaflet.css?url';

/** The words the script writes, from the page's `data-words`. */
export interface LiveMapWords {
  /** The page's `Intl` locale, for numbers and plurals. */
  intl: string;
  place: { one: string; other: string };
  failed: string;
  /** The layer control's name. */
  layers: string;
  /** `Showing {places}: {districts}.` */
  showing: string;
  select: string;
  /** The button beside each district: before and after its name (read by screen readers only). */
  show: { before: string; after: string };
}

interface Link {
  title: string;
  url: string;
}
interface DistrictProps {
  id: string;
  /** "Cayo", without "District". */
  name: string;
  url: string;
  commitments: number;
  meetings: number;
  datasets: number;
  places: Record<string, number>;
  /** The files of its places. */
  locations: string[];
  /** Where its number stands: [longitude, latitude]. */
  capital_coordinates: [number, number];
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
const words = JSON.parse(root?.dataset.words ?? '{}') as LiveMapWords;
if (root && box && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    start(root, box).catch((error: unknown) => {
      box.querySelector('p')!.textContent = words.failed;
      console.error(error);
    });
  });
  observer.observe(box);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(onThisSite({ title: '', url }).url);
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

/** A number of places in the page's language: `1 place`, `1,200 places`. */
function places(n: number): string {
  return `${new Intl.NumberFormat(words.intl).format(n)} ${new Intl.PluralRules(words.intl).select(n) === 'one' ? words.place.one : words.place.other}`;
}

/** A district's entry beside the map, which carries its words (`data-livemap-name`, `…-touch`, `…-page`, `…-show`). */
function districtItem(id: string): HTMLElement | null | undefined {
  return root?.querySelector<HTMLElement>(`[data-livemap-feature="district:${id}"]`);
}

async function start(root: HTMLElement, box: HTMLElement) {
  const [{ default: L }, districts] = await Promise.all([
    import('leaflet'),
    getJson<FeatureCollection<Polygon | MultiPolygon, DistrictProps>>(root.dataset.districts!),
    new Promise((loaded, failed) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCss, onload: loaded, onerror: failed });
      document.head.append(link);
    }),
  ]);
  box.replaceChildren();
  const status = root.querySelector<HTMLElement>('[data-livemap-status]')!;
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

  const districtLayers = new Map<string, Leaflet.Polygon>();
  const districtLayer = L.geoJSON(districts, {
    style: { className: 'og-livemap__district' },
    onEachFeature: (feature: Feature<Polygon | MultiPolygon, DistrictProps>, layer) => {
      const p = feature.properties;
      const item = districtItem(String(feature.id));
      layer.bindPopup(() => popupContent(item?.dataset.livemapName ?? p.name, [item?.dataset.livemapTouch ?? ''], [{ title: item?.dataset.livemapPage ?? p.name, url: p.url }]));
      districtLayers.set(String(feature.id), layer as Leaflet.Polygon);
    },
  }).addTo(map);
  map.fitBounds(districtLayer.getBounds(), { padding: [8, 8] });
  // Closer than the whole country: places load for the districts in view.
  const detailZoom = map.getZoom() + 1.5;

  // One layer per kind of place, named after the legend's entry for it, with its swatch's colours.
  const renderer = L.canvas({ padding: 0.3 });
  const overlays: Record<string, Leaflet.Layer> = {};
  const placeLayers = new Map<string, Leaflet.LayerGroup>();
  const styles = new Map<string, Leaflet.CircleMarkerOptions>();
  for (const entry of root.querySelectorAll<HTMLElement>('[data-livemap-layer]')) {
    const kind = entry.dataset.livemapLayer!;
    if (kind === 'district') {
      overlays[entry.innerHTML] = districtLayer;
      continue;
    }
    const swatch = getComputedStyle(entry.querySelector('.og-livemap__swatch')!);
    styles.set(kind, { renderer, radius: kind === 'data' ? 5 : 7, weight: 2, fillOpacity: 1, fillColor: swatch.backgroundColor, color: swatch.getPropertyValue('--og-dot-stroke').trim() });
    const layer = L.layerGroup().addTo(map);
    placeLayers.set(kind, layer);
    overlays[entry.innerHTML] = layer;
  }
  const toggles = L.control.layers(undefined, overlays, { collapsed: false }).addTo(map).getContainer()!;
  // Under the map rather than over it, where on a phone it would hide a third of the map.
  toggles.setAttribute('role', 'group');
  toggles.setAttribute('aria-label', words.layers);
  box.after(toggles);

  // A marker per district saying how many places it holds, until they are drawn.
  const counters = new Map<string, Leaflet.Marker>();
  const loaded = new Map<string, Promise<void>>();
  /** How many dots each district whose places are drawn has on the map. */
  const drawn = new Map<string, number>();
  const say = () => {
    const names = [...drawn.keys()].map((id) => districtItem(id)?.dataset.livemapName ?? districtOf(id).name);
    const total = [...drawn.values()].reduce((sum, n) => sum + n, 0);
    status.textContent = drawn.size ? words.showing.replace('{places}', places(total)).replace('{districts}', names.join(', ')) : words.select;
  };
  const districtOf = (id: string) => districts.features.find((feature) => feature.id === id)!.properties;
  const totalOf = (id: string) => Object.values(districtOf(id).places).reduce((sum, n) => sum + n, 0);

  /** Loads and draws a district's places, once. */
  const load = (id: string) => {
    if (!loaded.has(id)) {
      loaded.set(
        id,
        (async () => {
          const files = await Promise.all(districtOf(id).locations.map((url) => getJson<FeatureCollection<Point, PlaceProps>>(url)));
          const features = files.flatMap((file) => file.features);
          for (const feature of features) {
            const { type, title, links } = feature.properties;
            const [lon, lat] = feature.geometry.coordinates;
            const one = root.querySelector<HTMLElement>(`[data-livemap-layer="${type}"]`)?.dataset.livemapOne ?? '';
            L.circleMarker([lat, lon], styles.get(type))
              .bindPopup(() => popupContent(title, [one.charAt(0).toUpperCase() + one.slice(1)], links))
              .addTo(placeLayers.get(type)!);
          }
          counters.get(id)?.remove();
          drawn.set(id, features.length);
          say();
        })(),
      );
    }
    return loaded.get(id)!;
  };

  /** Shows a district whole and its places. */
  const showDistrict = async (id: string) => {
    map.fitBounds(districtLayers.get(id)!.getBounds());
    await load(id);
  };

  for (const feature of districts.features) {
    const id = String(feature.id);
    const total = totalOf(id);
    if (!total) continue;
    const show = districtItem(id)?.dataset.livemapShow ?? feature.properties.name;
    const [lon, lat] = feature.properties.capital_coordinates;
    const counter = L.marker(districtLayers.get(id)!.getBounds().contains([lat, lon]) ? [lat, lon] : districtLayers.get(id)!.getBounds().getCenter(), {
      // The number for the eye; for screen readers, what selecting it does. Text only: no markup from the data.
      icon: L.divIcon({ className: 'og-livemap__count', html: `<span aria-hidden="true">${total.toLocaleString(words.intl)}</span><span class="og-visually-hidden">${text(show)}</span>`, iconSize: [44, 44] }),
      title: show,
      keyboard: true,
    });
    // Leaflet makes it a focusable button but sends Enter as a keypress, not a click.
    counter.on('click', () => showDistrict(id));
    counter.on('keypress', (event) => ['Enter', ' '].includes((event as Leaflet.LeafletKeyboardEvent).originalEvent.key) && showDistrict(id));
    counter.addTo(map);
    counters.set(id, counter);
  }

  // Zoomed in: the places of every district in view.
  map.on('moveend', () => {
    if (map.getZoom() < detailZoom) return;
    const view = map.getBounds();
    for (const [id, layer] of districtLayers) if (totalOf(id) && view.intersects(layer.getBounds())) load(id);
  });
  // Districts stay under the dots, however often they are switched off and on again.
  map.on('overlayadd', () => districtLayer.bringToBack());

  // Beside the map, each district gets a button that shows it with its places.
  for (const item of root.querySelectorAll<HTMLElement>('[data-livemap-feature]')) {
    const [, id] = item.dataset.livemapFeature!.split(':');
    if (!districtLayers.has(id)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'og-livemap__show';
    button.append(words.show.before, Object.assign(document.createElement('span'), { className: 'og-visually-hidden', textContent: `${item.dataset.livemapName} ` }), words.show.after);
    button.addEventListener('click', async () => {
      box.scrollIntoView({ block: 'nearest' });
      await showDistrict(id);
      districtLayers.get(id)!.openPopup();
      districtLayers.get(id)!.getPopup()?.getElement()?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus();
    });
    item.append(button);
  }
  say();
  root.dataset.state = 'ready';
}
