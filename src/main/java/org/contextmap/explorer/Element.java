package org.contextmap.explorer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One node or edge of the picture as the {@code <cm-network>} element takes it: cytoscape.js's
 * {@code {group, data, position}} shape. {@code data} holds {@code id}, {@code label}, {@code kind},
 * {@code color}, {@code size} or {@code width}, {@code hover} (the sentence shown on hover), and
 * for edges {@code source} and {@code target}. {@code position} ({@code x}, {@code y}) is given
 * when the server placed the node ({@link Rings}); otherwise the browser lays the picture out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Element(String group, Map<String, Object> data, Map<String, Double> position) {

    public Element(String group, Map<String, Object> data) {
        this(group, data, null);
    }

    public String id() {
        return (String) data.get("id");
    }

    public boolean node() {
        return "nodes".equals(group);
    }

    /** Whether the server placed this node. */
    public boolean placed() {
        return position != null;
    }
}
