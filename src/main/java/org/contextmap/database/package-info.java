/**
 * The database: Neo4j embedded in-process by default or reached through {@code NEO4J_URI},
 * the schema migrations, batched writes and the data version that caches are keyed by.
 */
package org.contextmap.database;
