/**
 * Clusters of young people (Louvain) and the people and ties that bridge them. Published as the
 * named interface {@code cluster} for the network explorer, which highlights them on demand.
 */
@NamedInterface("cluster")
package org.contextmap.network.cluster;

import org.springframework.modulith.NamedInterface;
