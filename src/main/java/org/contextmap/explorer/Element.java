package org.contextmap.explorer;

import java.util.Map;

/**
 * One node or edge of the picture as the {@code <cm-network>} element takes it: cytoscape.js's
 * {@code {group, data}} shape. {@code data} holds {@code id}, {@code label}, {@code kind},
 * {@code color}, {@code size} or {@code width}, {@code hover} (the sentence shown on hover), and
 * for edges {@code source} and {@code target}.
 */
public record Element(String group, Map<String, Object> data) {

    public String id() {
        return (String) data.get("id");
    }

    public boolean node() {
        return "nodes".equals(group);
    }
}
