package org.contextmap.explorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.place.IncidentPlace;

/**
 * Places in the picture: one triangle per place where incidents involving the people drawn
 * happened, tied to each of them with how many incidents and whether they were harmed there. Node
 * ids are {@code place:} and the place's id, so they never clash with a person's or a group's.
 */
public final class PlaceNodes {

    static final String PREFIX = "place:";

    private PlaceNodes() {
    }

    /**
     * @param shownAs the node each person is drawn as (themselves, or the group they are folded into);
     *                people not drawn are absent
     */
    static void add(List<IncidentPlace> links, Map<String, String> shownAs, Map<String, EgoNetwork.Node> people,
            List<Element> elements, Map<String, String> hover) {
        Map<String, List<IncidentPlace>> byPlace = new LinkedHashMap<>();
        links.stream().filter(l -> shownAs.containsKey(l.personId()))
                .forEach(l -> byPlace.computeIfAbsent(l.placeId(), k -> new java.util.ArrayList<>()).add(l));
        byPlace.forEach((placeId, here) -> {
            IncidentPlace first = here.getFirst();
            String id = PREFIX + placeId;
            long harmed = here.stream().filter(IncidentPlace::harmed).count();
            int incidents = here.stream().mapToInt(IncidentPlace::incidents).sum();
            String sentence = first.placeName() + (first.type() == null ? "" : " (" + first.type().label() + ")")
                    + " · incidents involving " + here.size() + (here.size() == 1 ? " young person" : " young people")
                    + " drawn here in the last 12 months" + (harmed > 0 ? " · " + harmed + " of them harmed here" : "");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("kind", "place");
            data.put("label", first.placeName());
            data.put("color", "#a1887f");
            data.put("size", Math.min(34, 14 + 3 * Math.sqrt(incidents)));
            data.put("hover", sentence);
            elements.add(new Element("nodes", data));
            hover.put(id, sentence);
            Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
            for (IncidentPlace link : here) {
                String from = shownAs.get(link.personId());
                String edgeId = "e:" + from + "|" + id + "|AT";
                String name = people.get(link.personId()).label();
                String line = name + ": " + link.incidents() + (link.incidents() == 1 ? " incident" : " incidents")
                        + " at " + first.placeName() + (link.harmed() ? ", harmed there (victim)" : "");
                Map<String, Object> edge = edges.get(edgeId);
                if (edge == null) {
                    edge = new LinkedHashMap<>(Map.of("id", edgeId, "source", from, "target", id, "kind", "AT",
                            "width", 2.0, "hover", line));
                    edges.put(edgeId, edge);
                    hover.put(edgeId, line);
                } else {
                    hover.merge(edgeId, line, (a, b) -> a.lines().count() < 6 ? a + "\n" + b : a);
                    edge.put("hover", hover.get(edgeId));
                }
            }
            edges.values().forEach(e -> elements.add(new Element("edges", e)));
        });
    }

    /** Whether this node of the picture is a place. */
    public static boolean isPlace(String nodeId) {
        return nodeId != null && nodeId.startsWith(PREFIX);
    }

    /** The place's own id, for its page. */
    public static String placeId(String nodeId) {
        return nodeId.substring(PREFIX.length());
    }
}
