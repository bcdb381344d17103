/**
 * Compact, read-only graphs (adjacency arrays, no boxing) of young people and of peer groups, a
 * JGraphT view of them, and the worker pool that all-sources algorithms run on. Published as the
 * named interface {@code graph}, because a snapshot is made of these.
 */
@NamedInterface("graph")
package org.contextmap.network.graph;

import org.springframework.modulith.NamedInterface;
