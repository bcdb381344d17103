package org.contextmap.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places a large ego network in rings by steps from the child: the child in the middle, each
 * further step a wider ring, peer groups on the outermost. Within a ring people sit by peer group,
 * so a group reads as an arc of one colour. Worked out here rather than in the browser because it
 * is arithmetic on a few hundred points, and a layout run in the browser first has to measure
 * every node and line, which cost a large picture a second frame (docs/performance.md).
 */
final class Rings {

    /** Room for one node along a ring, and the least distance between two rings. */
    static final double SPACING = 26;
    static final double STEP = 140;

    private Rings() {
    }

    /** The same elements, each node with a {@code position}; edges unchanged. */
    static List<Element> placed(List<Element> elements) {
        Map<Integer, List<Element>> rings = new TreeMap<>();
        for (Element element : elements) {
            if (element.node()) {
                Object hops = element.data().get("hops");
                int ring = "group".equals(element.data().get("kind")) || !(hops instanceof Integer h) ? Integer.MAX_VALUE
                        : h;
                rings.computeIfAbsent(ring, r -> new ArrayList<>()).add(element);
            }
        }
        Map<String, Map<String, Double>> positions = new java.util.HashMap<>();
        double radius = 0;
        for (List<Element> ring : rings.values()) {
            ring.sort(Comparator.comparing((Element e) -> String.valueOf(e.data().getOrDefault("group", "")))
                    .thenComparing(Element::id));
            boolean centre = ring.size() == 1 && radius == 0;
            radius = centre ? 0 : Math.max(radius + STEP, ring.size() * SPACING / (2 * Math.PI));
            for (int i = 0; i < ring.size(); i++) {
                double angle = 2 * Math.PI * i / ring.size() - Math.PI / 2;
                positions.put(ring.get(i).id(), Map.of("x", Math.round(radius * Math.cos(angle) * 10) / 10.0,
                        "y", Math.round(radius * Math.sin(angle) * 10) / 10.0));
            }
        }
        return elements.stream().map(e -> e.node() ? new Element(e.group(), e.data(), positions.get(e.id())) : e)
                .toList();
    }
}
