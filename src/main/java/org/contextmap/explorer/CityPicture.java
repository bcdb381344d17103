package org.contextmap.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.network.centrality.GroupReport;

/**
 * The whole city's network aggregated into peer groups, which stays readable and quick however
 * many young people there are: each group one node sized by its associates, its recorded conflicts
 * (red, solid) and alliances (green, dashed), and grey links for associates the groups share. A
 * group's own network opens from its node.
 */
public final class CityPicture {

    /** A group as the table beside the picture lists it. */
    public record GroupRow(String id, String name, int associates, int conflicts, int alliances, double betweenness) {
    }

    public record Drawn(List<Element> elements, List<GroupRow> groups, Map<String, String> hover) {
    }

    private CityPicture() {
    }

    public static Drawn of(GroupReport report) {
        Map<String, String> names = new HashMap<>();
        report.groups().forEach(g -> names.put(g.groupId(), g.name()));
        List<Element> elements = new ArrayList<>();
        List<GroupRow> rows = new ArrayList<>();
        Map<String, String> hover = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (GroupReport.Group group : report.groups()) {
            String sentence = group.name() + ": " + group.associates() + " associated young people"
                    + (group.inConflictWith().isEmpty() ? "" : " · in recorded conflict with "
                            + String.join(", ", group.inConflictWith().stream().map(names::get).toList()))
                    + ". Association is not membership.";
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", group.groupId());
            data.put("kind", "group");
            data.put("label", group.name() + " (" + group.associates() + ")");
            data.put("color", Palette.of(group.groupId()));
            data.put("size", 24 + 6 * Math.sqrt(group.associates()));
            data.put("hover", sentence);
            elements.add(new Element("nodes", data));
            hover.put(group.groupId(), sentence);
            rows.add(new GroupRow(group.groupId(), group.name(), group.associates(), group.inConflictWith().size(),
                    group.alliedWith().size(), group.betweenness()));
            group.inConflictWith().forEach(other -> edge(elements, hover, seen, group.groupId(), other, "IN_CONFLICT_WITH",
                    "Recorded conflict between " + group.name() + " and " + names.get(other), 4));
            group.alliedWith().forEach(other -> edge(elements, hover, seen, group.groupId(), other, "ALLIED_WITH",
                    "Recorded alliance between " + group.name() + " and " + names.get(other), 3));
            group.sharedAssociates().forEach(shared -> edge(elements, hover, seen, group.groupId(), shared.groupId(),
                    "LINKS", shared.associates() + " young people associated with both " + group.name() + " and "
                            + names.get(shared.groupId()), Math.min(8, 1 + Math.log1p(shared.associates()))));
        }
        return new Drawn(elements, rows, hover);
    }

    private static void edge(List<Element> elements, Map<String, String> hover, Set<String> seen, String a, String b,
            String kind, String sentence, double width) {
        String id = "e:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + kind;
        if (!seen.add(id)) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("source", a);
        data.put("target", b);
        data.put("kind", kind);
        data.put("width", width);
        data.put("hover", sentence);
        elements.add(new Element("edges", data));
        hover.put(id, sentence);
    }
}
