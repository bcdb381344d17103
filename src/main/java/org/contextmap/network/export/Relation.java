package org.contextmap.network.export;

/**
 * The type of an exported edge, named as the relationship type in the database so that an
 * analyst can match a file against a Cypher query. A file holds several types at once (a person's
 * tie and their association with a group), and two groups may be both in conflict and allied, so
 * the type is an edge attribute and, in GEXF, the edge's {@code kind}.
 */
enum Relation {
    KNOWS,
    ASSOCIATED_WITH,
    IN_CONFLICT_WITH,
    ALLIED_WITH
}
