/*
 * <cm-map>: the hotspot map. A thin custom element around Leaflet (and leaflet.heat for the harm
 * grid) that the Java component HotspotMap feeds with one JSON property, `data`.
 *
 * Why it is built this way:
 * - These machines, and many partnership networks, cannot reach a tile server. When tiles fail
 *   (a tile error before any tile loaded, or none loaded after a few seconds) the same map goes on
 *   without tiles: a plain background with a grid of latitude and longitude, every point still
 *   placed by its coordinates, and a note saying so.
 * - The element reports what it has drawn as attributes, for tests and assistive technology:
 *   data-points (markers drawn), data-heat (harm-grid cells in the heat layer), data-view ("tiles" or "plain"), data-drawn-ms (milliseconds
 *   from the page's navigation start to the points being on screen).
 * - Colour is never the only signal: a trend is also a shape (rising ▲, falling ▼, steady ●) and a
 *   tooltip sentence; a school is a square with an S. Markers take the keyboard focus (Tab) and
 *   open with Enter; the map pans with the arrow keys and zooms with + and -.
 * - Leaflet draws in the light DOM (its CSS is global), so the element has no shadow root.
 */
// @ts-ignore Leaflet without its type package: the element uses it untyped
import * as Leaflet from 'leaflet';
// @ts-ignore leaflet.heat 1.0 is an ES module whose types need @types/leaflet
import { HeatLayer as TypedHeatLayer } from 'leaflet.heat';
// @ts-ignore Vite's ?inline import of a stylesheet as text
import leafletCss from 'leaflet/dist/leaflet.css?inline';

interface Hotspot {
  id: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
  rank: number;
  trend: 'RISING' | 'STABLE' | 'FALLING';
  trendLabel: string;
  incidents: number;
}

interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

interface Repeat extends Place {
  count: number;
}

interface MapData {
  tileUrl: string;
  attribution: string;
  hotspots: Hotspot[];
  schools: Place[];
  repeats: Repeat[];
  heat: [number, number, number][];
  repeatMetres: number;
}

const L: any = Leaflet;
const HeatLayer: any = TypedHeatLayer;
const TILE_WAIT_MS = 4000;
const SHAPES: Record<string, string> = { RISING: '▲', FALLING: '▼', STABLE: '●' };

const STYLE = `
cm-map { display: block; position: relative; min-height: 20em; }
cm-map .cm-map-canvas { position: absolute; inset: 0; }
cm-map[data-view="plain"] .cm-map-canvas { background: #f4f6f8; }
cm-map .cm-map-note { position: absolute; z-index: 1000; left: 0.5em; bottom: 0.5em; max-width: 70%;
  background: #fff; color: #1a1a1a; border: 1px solid #8a8f96; border-radius: 4px; padding: 0.25em 0.6em;
  font-size: 0.8125rem; }
cm-map .cm-pin { display: inline-flex; align-items: center; gap: 2px; padding: 1px 5px 1px 3px; border-radius: 10px;
  font: 600 12px/16px sans-serif; color: #fff; border: 1px solid #fff; box-shadow: 0 0 0 1px rgba(0,0,0,.45);
  white-space: nowrap; }
cm-map .cm-pin b { font-size: 12px; }
cm-map .cm-pin.cm-rising { background: #b3261e; }
cm-map .cm-pin.cm-falling { background: #1f6f3f; }
cm-map .cm-pin.cm-stable { background: #6a5a00; }
cm-map .cm-school { display: flex; align-items: center; justify-content: center; width: 16px; height: 16px;
  background: #1f4fa3; color: #fff; font: 700 11px/16px sans-serif; border: 1px solid #fff;
  box-shadow: 0 0 0 1px rgba(0,0,0,.5); }
cm-map .cm-grid-label { color: #4a5058; font: 11px sans-serif; white-space: nowrap; }
cm-map .leaflet-marker-icon:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
`;

let styled = false;

function addStylesOnce() {
  if (styled) {
    return;
  }
  styled = true;
  // Vite's ?inline gives the stylesheet as text (Vaadin's types.d.ts calls it a Lit CSSResultGroup)
  for (const css of [String(leafletCss), STYLE]) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  }
}

function escape(text: string): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class CmMap extends HTMLElement {
  private map?: any;
  private canvas?: HTMLDivElement;
  private note?: HTMLDivElement;
  private tiles?: any;
  private tileTimer?: number;
  private tileLoaded = false;
  private points?: any;
  private grid?: any;
  private markers = new Map<string, any>();
  private pending?: MapData;
  private bounds: [number, number][] = [];
  private moved = false;
  private framing = false;

  set data(json: string) {
    try {
      this.pending = JSON.parse(json);
    } catch {
      return;
    }
    if (this.map) {
      this.draw();
    }
  }

  connectedCallback() {
    addStylesOnce();
    if (this.map) {
      return;
    }
    this.canvas = document.createElement('div');
    this.canvas.className = 'cm-map-canvas';
    this.note = document.createElement('div');
    this.note.className = 'cm-map-note';
    this.note.setAttribute('role', 'status');
    this.note.hidden = true;
    this.append(this.canvas, this.note);
    // Leaflet focuses the map on a press; a plain focus() would scroll the page to bring the whole map
    // into view between press and release, and the click would miss the marker under the pointer
    const focus = this.canvas.focus.bind(this.canvas);
    this.canvas.focus = (options?: FocusOptions) => focus({ ...options, preventScroll: true });
    this.map = L.map(this.canvas, { keyboard: true, preferCanvas: false, zoomSnap: 0.25, worldCopyJump: false });
    this.map.setView([51.5, -0.1], 12);
    // Leaflet measures its container once; when the layout settles later, measure again and frame the points
    new ResizeObserver(() => {
      this.map?.invalidateSize();
      if (!this.moved && this.bounds.length > 0) {
        this.frame();
      }
    }).observe(this);
    this.map.on('dragstart zoomstart', () => {
      this.moved = this.framing ? this.moved : true;
    });
    if (this.pending) {
      this.draw();
    }
  }

  disconnectedCallback() {
    window.clearTimeout(this.tileTimer);
  }

  /** Pans to a place and opens its tooltip (the ranked list beside the map calls this). */
  focusPlace(id: string) {
    const marker = this.markers.get(id);
    if (marker && this.map) {
      this.map.panTo(marker.getLatLng());
      marker.openTooltip();
    }
  }

  private draw() {
    const data = this.pending!;
    this.useTiles(data);
    if (this.points) {
      this.points.remove();
    }
    this.markers.clear();
    this.points = L.layerGroup().addTo(this.map);
    const bounds: [number, number][] = [];
    let drawn = 0;

    if (typeof HeatLayer !== 'function') {
      this.setAttribute('data-heat', 'unavailable');
    } else {
      const max = Math.max(...data.heat.map((c) => c[2]), 1e-9);
      if (data.heat.length > 0) {
        new HeatLayer(data.heat.map(([lat, lon, v]) => [lat, lon, v / max]), { radius: 28, blur: 22, maxZoom: 16 })
          .addTo(this.points);
      }
      this.setAttribute('data-heat', String(data.heat.length));
    }
    for (const r of data.repeats) {
      L.circle([r.lat, r.lon], {
        radius: data.repeatMetres, color: '#5b2a86', weight: 2, dashArray: '6 4', fill: false, interactive: false,
      }).addTo(this.points);
    }
    for (const s of data.schools) {
      const text = `School: ${s.name}`;
      const marker = L.marker([s.lat, s.lon], {
        icon: L.divIcon({ className: '', html: '<span class="cm-school" aria-hidden="true">S</span>', iconSize: [18, 18] }),
        title: text, alt: text, keyboard: true, autoPanOnFocus: false, zIndexOffset: -100,
      }).bindTooltip(escape(text));
      marker.on('click', () => this.open(s.id, 'school'));
      marker.addTo(this.points);
      this.markers.set(s.id, marker);
      bounds.push([s.lat, s.lon]);
      drawn++;
    }
    for (const h of data.hotspots) {
      const trend = h.trend.toLowerCase();
      const repeat = data.repeats.find((r) => r.id === h.id);
      const text = `${h.rank}. ${h.name} (${h.type}): ${h.trendLabel.toLowerCase()}, `
        + `${h.incidents} ${h.incidents === 1 ? 'incident' : 'incidents'} in the period`
        + (repeat ? `; a near-repeat series of ${repeat.count}` : '');
      const marker = L.marker([h.lat, h.lon], {
        icon: L.divIcon({
          className: '', iconSize: null,
          html: `<span class="cm-pin cm-${trend}" aria-hidden="true"><b>${SHAPES[h.trend] ?? '●'}</b>${h.rank}</span>`,
        }),
        title: text, alt: text, keyboard: true, autoPanOnFocus: false, zIndexOffset: 1000 - h.rank,
      }).bindTooltip(escape(text));
      marker.on('click', () => this.open(h.id, 'hotspot'));
      marker.addTo(this.points);
      this.markers.set(h.id, marker);
      bounds.push([h.lat, h.lon]);
      drawn++;
    }
    this.bounds = bounds;
    this.moved = false;
    this.map.invalidateSize();
    this.frame();
    if (this.getAttribute('data-view') === 'plain') {
      this.drawGrid();
    }
    this.setAttribute('data-points', String(drawn));
    this.setAttribute('data-drawn-ms', String(Math.round(performance.now())));
  }

  /** Zooms so that every point is on screen. */
  private frame() {
    if (this.bounds.length === 0) {
      return;
    }
    this.framing = true;
    this.map.fitBounds(this.bounds, { padding: [36, 36], maxZoom: 15, animate: false });
    this.framing = false;
  }

  private open(id: string, kind: string) {
    this.dispatchEvent(new CustomEvent('cm-place-open', { detail: { id, kind } }));
  }

  /** Tiles if they load; otherwise the plain coordinate view. */
  private useTiles(data: MapData) {
    if (this.tiles || this.getAttribute('data-view') === 'plain') {
      return;
    }
    if (!data.tileUrl) {
      this.plain();
      return;
    }
    this.setAttribute('data-view', 'tiles');
    this.tiles = L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 19 });
    this.tiles.on('tileload', () => {
      this.tileLoaded = true;
    });
    this.tiles.on('tileerror', () => {
      if (!this.tileLoaded) {
        this.plain();
      }
    });
    this.tiles.addTo(this.map);
    this.tileTimer = window.setTimeout(() => {
      if (!this.tileLoaded) {
        this.plain();
      }
    }, TILE_WAIT_MS);
  }

  private plain() {
    if (this.getAttribute('data-view') === 'plain') {
      return;
    }
    window.clearTimeout(this.tileTimer);
    if (this.tiles) {
      this.tiles.off();
      this.tiles.remove();
    }
    this.setAttribute('data-view', 'plain');
    this.note!.textContent = 'Map tiles could not load: places are shown by their coordinates';
    this.note!.hidden = false;
    this.drawGrid();
  }

  /** Lines of latitude and longitude at a round step, labelled, behind the points. */
  private drawGrid() {
    if (this.grid) {
      this.grid.remove();
    }
    this.grid = L.layerGroup().addTo(this.map);
    const b = this.map.getBounds().pad(0.5);
    const span = Math.max(b.getNorth() - b.getSouth(), b.getEast() - b.getWest(), 1e-6);
    const step = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10].find((s) => span / s <= 16) ?? 20;
    const line = { color: '#b8bec6', weight: 1, interactive: false };
    const digits = step < 0.01 ? 3 : step < 0.1 ? 2 : 1;
    for (let lat = Math.ceil(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step) {
      L.polyline([[lat, b.getWest()], [lat, b.getEast()]], line).addTo(this.grid);
      L.marker([lat, this.map.getBounds().getWest()], {
        interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'cm-grid-label', html: `${Math.abs(lat).toFixed(digits)}° ${lat >= 0 ? 'N' : 'S'}`, iconSize: null, iconAnchor: [-4, 14] }),
      }).addTo(this.grid);
    }
    for (let lon = Math.ceil(b.getWest() / step) * step; lon <= b.getEast(); lon += step) {
      L.polyline([[b.getSouth(), lon], [b.getNorth(), lon]], line).addTo(this.grid);
      L.marker([this.map.getBounds().getNorth(), lon], {
        interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'cm-grid-label', html: `${Math.abs(lon).toFixed(digits)}° ${lon >= 0 ? 'E' : 'W'}`, iconSize: null, iconAnchor: [-2, -4] }),
      }).addTo(this.grid);
    }
    this.grid.eachLayer((layer: any) => layer.bringToBack?.());
    if (!this.gridFollows) {
      this.gridFollows = true;
      this.map.on('moveend', () => {
        if (this.getAttribute('data-view') === 'plain') {
          this.drawGrid();
        }
      });
    }
  }

  private gridFollows = false;
}

customElements.define('cm-map', CmMap);
