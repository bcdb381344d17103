/**
 * Network analytics over a compact, cached snapshot of the graph: centrality that matches
 * NetworkX's conventions, clusters and the people who bridge them, the group-level view, one
 * young person's ego network, and exports to GraphML and GEXF. It reads other features and no
 * domain feature depends on it; the retaliation-risk feature reads its snapshot through the named
 * interfaces {@code snapshot} and {@code graph}.
 *
 * <ul>
 * <li>{@code snapshot}: the person and group graphs read from Neo4j in one streaming read,
 * cached by data version, carried forward when an import leaves the network as it was;</li>
 * <li>{@code graph}: the compact, read-only graphs and the worker pool the algorithms run on;</li>
 * <li>{@code centrality}, {@code cluster}, {@code ego}, {@code export}: the analytics and their
 * endpoints.</li>
 * </ul>
 */
@ApplicationModule(displayName = "Network analytics",
        allowedDependencies = {"base", "schema", "database", "person", "exchange"})
package org.contextmap.network;

import org.springframework.modulith.ApplicationModule;
