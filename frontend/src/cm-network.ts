/*
 * <cm-network>: the network picture. A thin custom element around cytoscape.js (with the fCoSE
 * force layout, Dogrusoz et al. 2022, "fCoSE: a fast compound graph layout algorithm with
 * constraint support", IEEE TVCG 28(12)), driven from Java (explorer/NetworkCanvas): the server
 * sends elements in batches, then commits them; taps come back through $server. After each
 * drawing the element reports what it drew as data-nodes and data-edges, for tests and for
 * assistive technology, and data-state="drawn".
 */
import cytoscape from 'cytoscape';
// @ts-ignore no type declarations shipped
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const STYLE: any[] = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1,
      'border-color': '#3b4752',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node[kind = "group"]', style: { shape: 'round-rectangle', 'font-size': 12, 'font-weight': 'bold', 'border-width': 2 } },
  { selector: 'node[kind = "place"]', style: { shape: 'triangle', 'font-style': 'italic' } },
  // victims: a diamond with a thick double border, never colour alone (the label also says "victim")
  { selector: 'node[?victim]', style: { shape: 'diamond', 'border-width': 4, 'border-style': 'double', 'border-color': '#1a237e' } },
  { selector: 'node[?centre]', style: { 'border-width': 5, 'border-color': '#000000' } },
  { selector: 'node.cm-highlight', style: { 'overlay-color': '#ffb300', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: 'node.cm-bridge', style: { 'border-width': 5, 'border-color': '#e65100', 'border-style': 'dashed' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1565c0', 'overlay-opacity': 0.3 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      // opaque colours rather than opacity: blending every one of thousands of lines costs a frame
      'line-color': '#b3bcc5',
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge[kind = "IN_CONFLICT_WITH"]', style: { 'line-color': '#c62828', width: 4, 'curve-style': 'straight' } },
  { selector: 'edge[kind = "ALLIED_WITH"]', style: { 'line-color': '#2e7d32', width: 3, 'line-style': 'dashed', 'curve-style': 'straight' } },
  { selector: 'edge[kind = "ASSOCIATED_WITH"]', style: { 'line-color': '#c5ccd3', 'line-style': 'dotted', width: 1 } },
  // a person to a place where incidents involving them happened
  { selector: 'edge[kind = "AT"]', style: { 'line-color': '#8d6e63', 'line-style': 'dotted', width: 2, 'curve-style': 'straight' } },
  { selector: 'edge[kind = "LINKS"]', style: { 'line-color': '#7b8794', 'curve-style': 'straight' } },
  { selector: 'edge.cm-bridge', style: { 'line-color': '#e65100', width: 5 } },
  { selector: 'edge:selected', style: { 'line-color': '#1565c0', width: 5 } },
];

class CmNetwork extends HTMLElement {
  private cy: any;
  private pending: any[] = [];
  private tip?: HTMLDivElement;
  private started = 0;
  $server: any;

  connectedCallback() {
    if (this.cy) {
      return;
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    const host = document.createElement('div');
    host.style.position = 'absolute';
    host.style.inset = '0';
    this.appendChild(host);
    this.tip = document.createElement('div');
    this.tip.className = 'cm-network-tip';
    this.tip.setAttribute('role', 'status');
    this.tip.hidden = true;
    this.appendChild(this.tip);
    this.cy = cytoscape({
      container: host,
      elements: [],
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      textureOnViewport: true,
      pixelRatio: 1,
      hideEdgesOnViewport: true,
    });
    this.cy.on('tap', 'node', (e: any) => this.$server?.nodeClicked(e.target.id()));
    this.cy.on('tap', 'edge', (e: any) => this.$server?.edgeClicked(e.target.id()));
    this.cy.on('mouseover', 'node, edge', (e: any) => this.showTip(e.target.data('hover'), e.renderedPosition));
    this.cy.on('mouseout', 'node, edge', () => this.hideTip());
    new ResizeObserver(() => this.cy.resize()).observe(this);
  }

  private showTip(text: string | undefined, at: { x: number; y: number } | undefined) {
    if (!this.tip || !text || !at) {
      return;
    }
    this.tip.textContent = text;
    this.tip.style.left = `${at.x + 12}px`;
    this.tip.style.top = `${at.y + 12}px`;
    this.tip.hidden = false;
  }

  private hideTip() {
    if (this.tip) {
      this.tip.hidden = true;
    }
  }

  /** Starts a new drawing: the batches that follow replace what is drawn when committed. */
  begin() {
    this.pending = [];
    this.started = performance.now();
    this.setAttribute('data-begun-at', String(Math.round(this.started)));
    this.setAttribute('data-state', 'drawing');
  }

  /** One batch of elements, as JSON: [{group: 'nodes'|'edges', data: {...}}]. */
  add(json: string) {
    for (const element of JSON.parse(json)) {
      this.pending.push(element);
    }
  }

  /**
   * Draws what was sent. 'layout' lays everything out afresh; 'keep' keeps the places of the
   * nodes already drawn (a move of the time slider), placing new ones beside a neighbour.
   */
  commit(mode: string) {
    const cy = this.cy;
    const committed = performance.now();
    this.setAttribute('data-received-ms', String(Math.round(committed - this.started)));
    const wanted = new Map<string, any>(this.pending.map((e) => [e.data.id, e]));
    const placedByServer = new Set<string>(this.pending.filter((e) => e.position).map((e) => e.data.id));
    this.pending = [];
    const keep = mode === 'keep' && cy.nodes().length > 0;
    cy.startBatch();
    if (keep) {
      cy.elements().filter((e: any) => !wanted.has(e.id())).remove();
      const added: any[] = [];
      for (const [id, element] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.length > 0) {
          existing.data(element.data);
        } else {
          added.push(element);
        }
      }
      const fresh = cy.add(added);
      fresh.nodes().forEach((n: any) => {
        const placed = n.neighborhood('node').filter((m: any) => !fresh.contains(m));
        const base = placed.length > 0 ? placed[0].position() : { x: 0, y: 0 };
        n.position({ x: base.x + (Math.random() - 0.5) * 60, y: base.y + (Math.random() - 0.5) * 60 });
      });
    } else {
      cy.elements().remove();
      cy.add(Array.from(wanted.values()));
    }
    cy.endBatch();
    const added = performance.now();
    this.setAttribute('data-added-ms', String(Math.round(added - committed)));
    if (keep || cy.nodes().length === 0) {
      this.afterPaint(() => this.drawn());
      return;
    }
    cy.resize();
    if (cy.nodes().every((n: any) => placedByServer.has(n.id()))) {
      // placed by the server (a large network in rings by steps): only the view is fitted to it
      this.setAttribute('data-layout-ms', '0');
      this.fitTo(cy.nodes());
      this.afterPaint(() => this.drawn());
      return;
    }
    // Laid out before the first paint: drawing every node at a random place first, then again where the
    // layout puts it, cost a whole extra frame of a large picture.
    const laying = performance.now();
    const layout = this.layoutFor(cy);
    layout.one('layoutstop', () => {
      this.setAttribute('data-layout-ms', String(Math.round(performance.now() - laying)));
      cy.fit(undefined, 30);
      this.afterPaint(() => this.drawn());
    });
    layout.run();
  }

  /** Fits the view to the nodes' centres, without measuring every node and line as cy.fit() does. */
  private fitTo(nodes: any) {
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    nodes.forEach((n: any) => {
      const p = n.position();
      left = Math.min(left, p.x); right = Math.max(right, p.x);
      top = Math.min(top, p.y); bottom = Math.max(bottom, p.y);
    });
    const margin = 60;
    const zoom = Math.min(this.cy.width() / (right - left + 2 * margin), this.cy.height() / (bottom - top + 2 * margin), 2);
    this.cy.viewport({
      zoom,
      pan: { x: this.cy.width() / 2 - zoom * (left + right) / 2, y: this.cy.height() / 2 - zoom * (top + bottom) / 2 },
    });
  }

  /** Runs once the browser has painted the picture (the frame after the next animation frame). */
  private afterPaint(then: () => void) {
    const before = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      this.setAttribute('data-frame-ms', String(Math.round(performance.now() - before)));
      then();
    }, 0));
  }

  /** fCoSE, in its draft quality above 150 nodes (its force iterations cost O(n²) each). */
  private layoutFor(cy: any) {
    const large = cy.nodes().length > 150;
    return cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: false,
      packComponents: false,
      tile: false,
      nodeRepulsion: () => 6000,
      idealEdgeLength: () => 60,
      numIter: large ? 1000 : 2500,
    });
  }

  private drawn() {
    const nodes = this.cy.nodes().length;
    const edges = this.cy.edges().length;
    this.setAttribute('data-nodes', String(nodes));
    this.setAttribute('data-edges', String(edges));
    this.setAttribute('data-state', 'drawn');
    const took = Math.round(performance.now() - this.started);
    this.setAttribute('data-drawn-ms', String(took));
    this.$server?.drawn(nodes, edges, took);
  }

  /** Marks the given node and edge ids with a class ('cm-highlight', 'cm-bridge'); an empty list clears it. */
  mark(className: string, json: string) {
    const ids: string[] = JSON.parse(json);
    this.cy.batch(() => {
      this.cy.elements().removeClass(className);
      for (const id of ids) {
        this.cy.getElementById(id).addClass(className);
      }
    });
  }

  /** Centres on one node and selects it. */
  focusOn(id: string) {
    const node = this.cy.getElementById(id);
    if (node.length > 0) {
      this.cy.elements().unselect();
      node.select();
      this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 200 });
    }
  }

  /** The picture as drawn, as a PNG file download. */
  downloadPng(fileName: string) {
    const uri = this.cy.png({ full: true, bg: '#ffffff', scale: 2 });
    this.save(uri, fileName);
  }

  /** What is drawn, as a GraphML file download (nodes and edges with their data). */
  downloadGraphml(fileName: string) {
    const keys = ['name', 'label', 'kind', 'group', 'victim', 'hover'];
    const esc = (v: any) => String(v ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
    keys.forEach((k) => lines.push(`  <key id="${k}" for="all" attr.name="${k}" attr.type="string"/>`));
    lines.push('  <graph id="contextmap" edgedefault="undirected">');
    this.cy.nodes().forEach((n: any) => {
      lines.push(`    <node id="${esc(n.id())}">` + keys.map((k) => n.data(k) === undefined ? ''
        : `<data key="${k}">${esc(n.data(k))}</data>`).join('') + '</node>');
    });
    this.cy.edges().forEach((e: any) => {
      lines.push(`    <edge id="${esc(e.id())}" source="${esc(e.source().id())}" target="${esc(e.target().id())}">`
        + keys.map((k) => e.data(k) === undefined ? '' : `<data key="${k}">${esc(e.data(k))}</data>`).join('') + '</edge>');
    });
    lines.push('  </graph>', '</graphml>');
    const blob = new Blob([lines.join('\n')], { type: 'application/graphml+xml' });
    this.save(URL.createObjectURL(blob), fileName);
  }

  private save(href: string, fileName: string) {
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

customElements.define('cm-network', CmNetwork);
