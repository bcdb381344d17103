/**
 * Network analytics over a compact, cached snapshot of the graph: centrality that matches
 * NetworkX's conventions, clusters, bridges, the group-level view, the ego network of one young
 * person and exports to GraphML and GEXF. It reads the other features and nothing depends on it
 * (DESIGN §5–6).
 */
package org.contextmap.network;
