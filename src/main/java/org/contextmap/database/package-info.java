/**
 * The database: Neo4j embedded in-process by default or reached through {@code NEO4J_URI}, the
 * schema migrations of {@code cypher/}, batched {@code UNWIND} writes, streaming reads, and the
 * data version and record of changes that every cache is keyed by, so that several application
 * instances can share one database.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = "base")
package org.contextmap.database;

import org.springframework.modulith.ApplicationModule;
