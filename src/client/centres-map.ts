import { escapeHtml } from '../lib/html';
// Only the file's address: the page must not load Leaflet's styles until the map is asked for.
import leafletStyles from 'leaflet/dist/leaflet.css?url';

/** Adds a stylesheet and waits until it applies. */
function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)), { once: true });
    document.head.append(link);
  });
}

/**
 * `<centres-map>`: a map of the centres and offices, drawn only when the reader asks for it. Until the
 * button is pressed nothing leaves the site: Leaflet, its styles and the tiles are all fetched then.
 * Tiles go with a referrer the tile server accepts (OpenStreetMap refuses requests without one); the
 * rest of the site sends none.
 */
interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  address: string;
  phone?: { dial: string; display: string };
  href: string;
}

interface MapTexts {
  label: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  directions: string;
  directionsNote: string;
  failed: string;
  shown: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/**
 * A link that hands the street address (never the approximate pin) to the phone's own map app:
 * Apple Maps on an iPhone or iPad, the `geo:` app on Android, OpenStreetMap's search elsewhere.
 */
function directionsUrl(address: string, userAgent: string): string {
  const query = encodeURIComponent(address);
  if (/iPhone|iPad|iPod|Macintosh/.test(userAgent)) return `https://maps.apple.com/?daddr=${query}`;
  if (/Android/.test(userAgent)) return `geo:0,0?q=${query}`;
  return `https://www.openstreetmap.org/search?query=${query}`;
}

function popup(place: MapPlace, texts: MapTexts): HTMLElement {
  const nameLink = element('a', { href: place.href, lang: 'da' }, place.name);
  const address = element('bdi', { lang: 'da', dir: 'ltr' }, place.address);
  const lines: Node[] = [element('strong', {}, nameLink), element('br'), address];
  if (place.phone) {
    const phone = element('a', { href: `tel:${place.phone.dial}` }, element('bdi', { dir: 'ltr' }, place.phone.display));
    lines.push(element('br'), phone);
  }
  const directions = element('a', { href: directionsUrl(place.address, navigator.userAgent), rel: 'noreferrer' }, texts.directions);
  // The map app may keep the address in its history, which this site cannot clear.
  lines.push(element('br'), directions, element('br'), element('small', {}, texts.directionsNote));
  return element('div', { className: 'map-popup' }, ...lines);
}

type Leaflet = typeof import('leaflet');
type LeafletMap = import('leaflet').Map;
type LeafletMarker = import('leaflet').Marker;

/** Leaflet and its styles, fetched only now that the reader has asked for the map. */
async function loadLeaflet(): Promise<Leaflet> {
  const [{ default: L }] = await Promise.all([import('leaflet'), loadStylesheet(leafletStyles)]);
  return L;
}

/** The map in `frame`, its tiles with a referrer the tile server accepts, and a pin for each place. */
function drawMap(
  L: Leaflet,
  frame: HTMLElement,
  places: readonly MapPlace[],
  texts: MapTexts,
  tiles: { url: string; attribution: string },
) {
  frame.hidden = false;
  frame.setAttribute('role', 'region');
  frame.setAttribute('aria-label', texts.label);
  const map = L.map(frame, { scrollWheelZoom: false, zoomControl: false });
  L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  L.tileLayer(tiles.url, {
    // Leaflet reads the credit as HTML; it is configured as plain text.
    attribution: escapeHtml(tiles.attribution),
    maxZoom: 18,
    referrerPolicy: 'strict-origin-when-cross-origin',
  }).addTo(map);
  const markers = places.map((place) =>
    L.marker([place.lat, place.lon], {
      title: place.name,
      alt: place.name,
      keyboard: true,
      // A drawn pin rather than Leaflet's image, which would be one more file to fetch.
      icon: L.divIcon({
        className: 'map-pin',
        html: '<span aria-hidden="true"></span>',
        iconSize: [28, 28],
        iconAnchor: [14, 28],
        popupAnchor: [0, -26],
      }),
    })
      .bindPopup(popup(place, texts))
      .addTo(map),
  );
  map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
  return { map, markers };
}

/** A popup opened from the keyboard takes the focus, closes with Escape, and gives the focus back to its pin. */
function popupsFromTheKeyboard(map: LeafletMap, frame: HTMLElement, markers: readonly LeafletMarker[], texts: MapTexts): void {
  map.on('popupopen', (event) => {
    const popupElement = event.popup.getElement();
    const close = popupElement?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', texts.closePopup);
    close?.setAttribute('title', texts.closePopup);
    popupElement?.querySelector<HTMLElement>('.map-popup a')?.focus();
  });
  // One listener for every popup: Leaflet keeps a popup's element between openings.
  frame.addEventListener('keydown', (key) => {
    if (key.key === 'Escape' && (key.target as Element).closest('.leaflet-popup')) map.closePopup();
  });
  map.on('popupclose', (event) => {
    const pin = markers.find((marker) => marker.getPopup() === event.popup);
    pin?.getElement()?.focus();
  });
}

/**
 * Pins in the city lie close together until the map is zoomed in; a button per place reaches each one
 * with a full-size target, and zooms to it.
 */
function placeButtons(map: LeafletMap, places: readonly MapPlace[], markers: readonly LeafletMarker[], texts: MapTexts): HTMLElement {
  const choices = element('ul', { className: 'map-places' });
  choices.setAttribute('aria-label', texts.label);
  places.forEach((place, index) => {
    const choose = element('button', { type: 'button', lang: 'da' }, place.name);
    choose.addEventListener('click', () => {
      map.setView([place.lat, place.lon], 15);
      markers[index]!.openPopup();
    });
    choices.append(element('li', {}, choose));
  });
  return choices;
}

class CentresMap extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-map-consent]');
    if (!button) return;
    // Shown only now: without this script there would be a button that does nothing.
    this.hidden = false;
    button.addEventListener('click', () => {
      if (!button.disabled) void this.show(button);
    });
  }

  async show(button: HTMLButtonElement): Promise<void> {
    const frame = this.querySelector<HTMLElement>('[data-map]')!;
    const status = this.querySelector<HTMLElement>('[data-map-status]')!;
    const texts = JSON.parse(this.dataset.texts ?? '{}') as MapTexts;
    const places = JSON.parse(this.dataset.places ?? '[]') as MapPlace[];
    button.disabled = true;
    try {
      const L = await loadLeaflet();
      const { map, markers } = drawMap(L, frame, places, texts, {
        url: this.dataset.tileUrl!,
        attribution: this.dataset.attribution ?? '',
      });
      popupsFromTheKeyboard(map, frame, markers, texts);
      frame.after(placeButtons(map, places, markers, texts));
      button.closest('[data-map-offer]')?.remove();
      status.textContent = texts.shown;
      frame.focus();
    } catch {
      button.disabled = false;
      status.textContent = texts.failed;
    }
  }
}

customElements.define('centres-map', CentresMap);
