/**
 * The graph's schema in one place: every node label and relationship type ContextMap stores,
 * the feature that owns it (writes it and answers for its meaning) and the properties it
 * carries. The meaning of each, with the provenance rules, is in docs/domain-model.md.
 *
 * <p>Code that reaches the graph through Neo4j's Java API names labels and types through
 * {@link org.contextmap.schema.NodeLabel} and {@link org.contextmap.schema.RelType}, so a rename
 * there is one edit. Cypher stays readable text next to the code that runs it; a test reads every
 * query in the code and the migrations and fails on a label, type or property that is not
 * declared here, and on a declaration that nothing uses. Features that read another feature's
 * part of the graph directly (the case book, the harm map, the network projection) say so in
 * their Javadoc, with why a direct read is right there. Open: every feature may use it.
 */
@ApplicationModule(displayName = "Graph schema", type = ApplicationModule.Type.OPEN)
package org.contextmap.schema;

import org.springframework.modulith.ApplicationModule;
