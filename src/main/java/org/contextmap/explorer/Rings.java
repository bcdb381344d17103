package org.contextmap.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places a large ego network in rings by steps from the child: the child in the middle, each
 * further step a ring as much wider again, peer groups and places just outside the last. Within a ring people sit by peer group,
 * so a group reads as an arc of one colour. Worked out here rather than in the browser because it
 * is arithmetic on a few hundred points, and a layout run in the browser first has to measure
 * every node and line, which cost a large picture a second frame (docs/performance.md).
 */
final class Rings {

    /** Room for one node along a ring, and the least distance between two rings. */
    static final double SPACING = 18;
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
        // People's rings evenly spaced, wide enough that the most crowded one has room for each of its
        // people; peer groups and places one step outside the last.
        double step = STEP;
        for (Map.Entry<Integer, List<Element>> ring : rings.entrySet()) {
            if (ring.getKey() > 0 && ring.getKey() != Integer.MAX_VALUE) {
                step = Math.max(step, ring.getValue().size() * SPACING / (2 * Math.PI) / ring.getKey());
            }
        }
        Map<String, Map<String, Double>> positions = new java.util.HashMap<>();
        double last = 0;
        for (Map.Entry<Integer, List<Element>> entry : rings.entrySet()) {
            List<Element> ring = entry.getValue();
            ring.sort(Comparator.comparing((Element e) -> String.valueOf(e.data().getOrDefault("group", "")))
                    .thenComparing(Element::id));
            double radius = entry.getKey() == Integer.MAX_VALUE
                    ? Math.max(last + STEP, ring.size() * SPACING / (2 * Math.PI))
                    : entry.getKey() * step;
            last = radius;
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
