#!/usr/bin/python3
"""igraph's exact betweenness on an edge list, timed, for NetworkBenchmark's side-by-side figure.

    /usr/bin/python3 igraph_betweenness.py EDGES_FILE VERTICES

EDGES_FILE has one "a b" pair of vertex numbers per line (0-based, each undirected edge once).
Prints: vertices, edges, load seconds, betweenness seconds, and the largest score, tab-separated.
Needs Debian's python3-igraph (apt-get install python3-igraph).
"""
import sys
import time

import igraph

vertices = int(sys.argv[2])
started = time.perf_counter()
with open(sys.argv[1], encoding="ascii") as lines:
    edges = [tuple(map(int, line.split())) for line in lines]
graph = igraph.Graph(n=vertices, edges=edges, directed=False)
loaded = time.perf_counter()
scores = graph.betweenness(directed=False)
done = time.perf_counter()
print("%d\t%d\t%.3f\t%.3f\t%.6f" % (graph.vcount(), graph.ecount(), loaded - started, done - loaded, max(scores or [0])))
