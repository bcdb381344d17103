package org.contextmap.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A large network placed in rings: the child in the middle, each step further out, groups outermost. */
class RingsTest {

    @Test
    void theChildIsInTheMiddleEachStepFurtherOutAndGroupsOutside() {
        List<Element> elements = new ArrayList<>();
        elements.add(person("centre", 0, "G1"));
        for (int i = 0; i < 30; i++) {
            elements.add(person("near" + i, 1, i % 2 == 0 ? "G1" : "G2"));
        }
        for (int i = 0; i < 200; i++) {
            elements.add(person("far" + i, 2, "G" + (i % 3 + 1)));
        }
        elements.add(group("G1"));
        elements.add(group("G2"));
        elements.add(new Element("edges", Map.of("id", "e:centre|near0|KNOWS", "source", "centre", "target", "near0")));

        Map<String, Element> placed = new LinkedHashMap<>();
        Rings.placed(elements).forEach(e -> placed.put(e.id(), e));

        assertThat(radius(placed.get("centre"))).isZero();
        double near = radius(placed.get("near0"));
        double far = radius(placed.get("far0"));
        assertThat(near).isGreaterThanOrEqualTo(Rings.STEP);
        assertThat(far).isGreaterThanOrEqualTo(near + Rings.STEP);
        assertThat(radius(placed.get("G1"))).isGreaterThan(far);
        // all of one ring on one circle, and far enough apart that 200 people do not sit on each other
        assertThat(placed.values().stream().filter(e -> e.id().startsWith("far")).mapToDouble(RingsTest::radius))
                .allSatisfy(r -> assertThat(r).isCloseTo(far, org.assertj.core.data.Offset.offset(0.2)));
        assertThat(2 * Math.PI * far / 200).isGreaterThanOrEqualTo(Rings.SPACING - 0.01);
        assertThat(placed.get("e:centre|near0|KNOWS").placed()).isFalse();
    }

    @Test
    void peopleOfOneGroupSitTogetherOnTheirRing() {
        List<Element> elements = new ArrayList<>(List.of(person("centre", 0, "")));
        for (int i = 0; i < 12; i++) {
            elements.add(person("p" + i, 1, i % 2 == 0 ? "A" : "B"));
        }
        List<Element> ring = Rings.placed(elements).stream().filter(e -> e.id().startsWith("p"))
                .sorted(java.util.Comparator.comparingDouble(e -> Math.atan2(e.position().get("y") + 1e-9,
                        e.position().get("x")))).toList();
        long changes = 0;
        for (int i = 1; i < ring.size(); i++) {
            changes += ring.get(i).data().get("group").equals(ring.get(i - 1).data().get("group")) ? 0 : 1;
        }
        assertThat(changes).as("the two groups are two arcs, not alternating").isLessThanOrEqualTo(2);
    }

    private static Element person(String id, int hops, String group) {
        return new Element("nodes", Map.of("id", id, "kind", "person", "hops", hops, "group", group));
    }

    private static Element group(String id) {
        return new Element("nodes", Map.of("id", id, "kind", "group"));
    }

    private static double radius(Element node) {
        return Math.hypot(node.position().get("x"), node.position().get("y"));
    }
}
