/*
 * Leaflet as the global `L` that the leaflet.heat plug-in extends (it is a plain script that
 * writes `L.heatLayer`). Leaflet's ES module is frozen, so the global is a mutable copy of it.
 * Imported by cm-map.ts before leaflet.heat, so it runs first.
 */
// @ts-ignore Leaflet without its type package: the element uses it untyped
import * as Leaflet from 'leaflet';

const mutable: any = { ...Leaflet };
(window as any).L = mutable;

export default mutable;
