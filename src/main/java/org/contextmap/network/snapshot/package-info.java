/**
 * The network as known on a day: the person graph and the peer-group graph read from Neo4j in one
 * streaming read, cached by the database's data version and carried forward when an import leaves
 * the network as it was. Published as the named interface {@code snapshot} for the features that
 * compute over the network.
 */
@NamedInterface("snapshot")
package org.contextmap.network.snapshot;

import org.springframework.modulith.NamedInterface;
