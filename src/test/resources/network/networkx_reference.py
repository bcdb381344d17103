#!/usr/bin/python3
"""Reference centrality values for the London gang network, computed with NetworkX.

Regenerate the fixture with Debian's NetworkX (apt-get install python3-networkx python3-scipy):

    /usr/bin/python3 src/test/resources/network/networkx_reference.py \
        src/test/resources/london-gang/LONDON_GANG.csv > src/test/resources/network/london-gang-networkx.csv

The matrix is binarised (any tie value > 0 is one undirected edge), as ContextMap's person graph
merges the kinds of tie between two people into one edge. Members are named LG01..LG54, as in
LondonGangFixtureTest. Every metric is NetworkX's default call.
"""
import csv
import sys

import networkx as nx

rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
graph = nx.Graph()
members = len(rows) - 1
graph.add_nodes_from("LG%02d" % m for m in range(1, members + 1))
for r in range(1, len(rows)):
    for c in range(r + 1, len(rows[r])):
        if int(rows[r][c].strip()) > 0:
            graph.add_edge("LG%02d" % r, "LG%02d" % c)

metrics = {
    "degree": nx.degree_centrality(graph),
    "betweenness": nx.betweenness_centrality(graph),
    "closeness": nx.closeness_centrality(graph),
    "harmonic": nx.harmonic_centrality(graph),
    "pagerank": nx.pagerank(graph),
    "eigenvector": nx.eigenvector_centrality(graph),
    "coreness": nx.core_number(graph),
    "clustering": nx.clustering(graph),
}
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["# networkx " + nx.__version__ + ", " + str(graph.number_of_nodes()) + " nodes, "
              + str(graph.number_of_edges()) + " edges"])
out.writerow(["id"] + list(metrics))
for node in sorted(graph.nodes):
    out.writerow([node] + [repr(float(metrics[m][node])) for m in metrics])
