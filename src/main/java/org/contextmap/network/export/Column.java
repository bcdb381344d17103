package org.contextmap.network.export;

import java.util.function.IntFunction;

/**
 * One node or edge attribute of an export, declared once and written by both formats, so that a
 * GraphML and a GEXF file of the same network carry the same attributes under the same ids.
 *
 * @param id      the attribute's id (GraphML {@code attr.name}, GEXF {@code attribute id})
 * @param title   the attribute's title for people (GEXF {@code title})
 * @param numeric whether values are doubles rather than strings
 * @param value   the value for a node or edge index, or {@code null} when it has none
 */
record Column(String id, String title, boolean numeric, IntFunction<String> value) {
}
