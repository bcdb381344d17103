/**
 * One young person's ego network: the people within a few ties, the ties between them and the
 * peer groups they are associated with. Published as the named interface {@code ego} for the
 * network explorer, which draws it.
 */
@NamedInterface("ego")
package org.contextmap.network.ego;

import org.springframework.modulith.NamedInterface;
