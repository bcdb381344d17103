/**
 * Centrality of young people and of peer groups, as NetworkX computes it. Published as the named
 * interface {@code centrality} for the network explorer and the peer group's page.
 */
@NamedInterface("centrality")
package org.contextmap.network.centrality;

import org.springframework.modulith.NamedInterface;
