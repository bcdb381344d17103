package org.contextmap.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.place.IncidentPlace;
import org.contextmap.risk.RiskReports;

/**
 * Turns an ego network into what {@code <cm-network>} draws: young people coloured by their peer
 * group and sized by the measure chosen, victims marked as victims (shape and words, never colour
 * alone), ties filtered by kind, confidence and recording agency, and chosen peer groups folded
 * into one node. Every node and edge carries the sentence shown on hover and in the side panel, so
 * a tie's kind, source and confidence are always one look away.
 */
public final class NetworkPicture {

    /** A person as the table beside the picture lists them (for screen-reader users and sorting). */
    public record PersonRow(String id, String name, String groups, int ties, String band, boolean victim,
            double measure, Integer hops) {
    }

    /**
     * What is drawn, the people as rows, and the sentence behind every element id; {@code inRings}:
     * placed in rings by steps, where association with a group shows as colour and as the group's arc
     * of its ring (and in the table), not as a line from every person to the group.
     */
    public record Drawn(List<Element> elements, List<PersonRow> people, Map<String, String> hover, int tiesHidden,
            boolean inRings) {

        public long nodes() {
            return elements.stream().filter(Element::node).count();
        }

        public long edges() {
            return elements.size() - nodes();
        }
    }

    /** Up to this many people every name is written on the picture; beyond, only the centre's (names show on hover). */
    static final int LABELLED = 80;

    /**
     * Above this many people a child's network is placed in rings by steps ({@link Rings}): a force
     * layout's iterations cost O(n²) each, and rings read as "how far from the child".
     */
    public static final int IN_RINGS = 150;

    private static final List<String> CONFIDENCE = List.of("Confirmed", "Probable", "Possible", "Unverified");

    private NetworkPicture() {
    }

    public static Drawn of(EgoNetwork network, Map<String, RiskReports.Marker> markers, PictureOptions options) {
        return of(network, markers, options, List.of());
    }

    /** With the places of incidents involving the people drawn ({@link PlacesInPicture}), when chosen. */
    public static Drawn of(EgoNetwork network, Map<String, RiskReports.Marker> markers, PictureOptions options,
            List<IncidentPlace> places) {
        Map<String, String> groupNames = new TreeMap<>();
        Map<String, EgoNetwork.Node> people = new LinkedHashMap<>();
        for (EgoNetwork.Node node : network.nodes()) {
            if ("group".equals(node.kind())) {
                groupNames.put(node.id(), node.label());
            } else if (kept(node, options)) {
                people.put(node.id(), node);
            }
        }
        Map<String, String> foldedInto = new HashMap<>();
        people.values().forEach(p -> p.groups().stream().filter(options.collapsed()::contains).findFirst()
                .filter(g -> !Integer.valueOf(0).equals(p.hops())).ifPresent(g -> foldedInto.put(p.id(), g)));

        List<Element> elements = new ArrayList<>();
        Map<String, String> hover = new HashMap<>();
        Map<String, Integer> ties = new HashMap<>();
        Map<String, Integer> folded = new HashMap<>();
        foldedInto.values().forEach(g -> folded.merge(g, 1, Integer::sum));
        int hidden = 0;
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (EgoNetwork.Link link : network.links()) {
            boolean betweenPeople = "KNOWS".equals(link.kind()) || "ASSOCIATED_WITH".equals(link.kind());
            if ("KNOWS".equals(link.kind()) && !(people.containsKey(link.source()) && people.containsKey(link.target())
                    && tieShown(link, options))) {
                hidden++;
                continue;
            }
            if ("ASSOCIATED_WITH".equals(link.kind()) && !people.containsKey(link.source())) {
                continue;
            }
            String from = betweenPeople ? foldedInto.getOrDefault(link.source(), link.source()) : link.source();
            String to = betweenPeople ? foldedInto.getOrDefault(link.target(), link.target()) : link.target();
            if (from.equals(to)) {
                continue;
            }
            if ("KNOWS".equals(link.kind())) {
                ties.merge(link.source(), 1, Integer::sum);
                ties.merge(link.target(), 1, Integer::sum);
            }
            String id = "e:" + (from.compareTo(to) < 0 ? from + "|" + to : to + "|" + from) + "|" + link.kind();
            String sentence = Words.tie(link, groupNames);
            Map<String, Object> existing = merged.get(id);
            if (existing != null) {
                existing.put("count", (int) existing.get("count") + 1);
                existing.put("width", Math.min(8, 1 + Math.log1p((int) existing.get("count"))));
                hover.merge(id, sentence, (a, b) -> a.lines().count() < 6 ? a + "\n" + b : a);
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("source", from);
            data.put("target", to);
            data.put("kind", link.kind());
            data.put("count", 1);
            data.put("width", 1.5);
            data.put("hover", sentence);
            merged.put(id, data);
            hover.put(id, sentence);
        }

        Map<String, Double> measure = new HashMap<>();
        people.values().forEach(p -> measure.put(p.id(), measureOf(p, markers, options.sizeBy())));
        double low = measure.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = measure.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);

        List<PersonRow> rows = new ArrayList<>();
        for (EgoNetwork.Node p : people.values()) {
            RiskReports.Marker marker = markers.get(p.id());
            boolean victim = marker != null && marker.victim();
            String groups = String.join(", ", p.groups().stream().map(g -> groupNames.getOrDefault(g, g)).toList());
            rows.add(new PersonRow(p.id(), p.label(), groups, ties.getOrDefault(p.id(), 0),
                    marker == null ? "Not scored" : marker.bandLabel(), victim, measure.get(p.id()), p.hops()));
            if (foldedInto.containsKey(p.id())) {
                continue;
            }
            String sentence = Words.person(p.label(), groups, marker, victim);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", p.id());
            data.put("kind", "person");
            data.put("name", victim ? p.label() + " · victim" : p.label());
            boolean named = people.size() <= LABELLED || Integer.valueOf(0).equals(p.hops());
            data.put("label", named ? data.get("name") : ""); // a plain data mapping keeps cytoscape's style cache
            data.put("color", p.groups().isEmpty() ? Palette.NO_GROUP : Palette.of(p.groups().getFirst()));
            data.put("size", 16 + 34 * (high > low ? (measure.get(p.id()) - low) / (high - low) : 0.3));
            data.put("victim", victim);
            data.put("centre", Integer.valueOf(0).equals(p.hops()));
            data.put("hops", p.hops());
            data.put("group", String.join(",", p.groups()));
            data.put("hover", sentence);
            elements.add(new Element("nodes", data));
            hover.put(p.id(), sentence);
        }
        for (Map.Entry<String, String> group : groupNames.entrySet()) {
            int inside = folded.getOrDefault(group.getKey(), 0);
            String label = inside > 0 ? group.getValue() + " (" + inside + " folded in)" : group.getValue();
            String sentence = "Peer group " + group.getValue() + (inside > 0 ? ": " + inside
                    + " associates shown as this one node" : "") + ". Association is not membership.";
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", group.getKey());
            data.put("kind", "group");
            data.put("label", label);
            data.put("color", Palette.of(group.getKey()));
            data.put("size", inside > 0 ? Math.min(70, 34 + 3 * Math.sqrt(inside) * 3) : 34);
            data.put("hover", sentence);
            elements.add(new Element("nodes", data));
            hover.put(group.getKey(), sentence);
        }
        merged.values().forEach(data -> elements.add(new Element("edges", data)));
        if (options.places()) {
            Map<String, String> shownAs = new HashMap<>();
            people.keySet().forEach(id -> shownAs.put(id, foldedInto.getOrDefault(id, id)));
            PlaceNodes.add(places, shownAs, people, elements, hover);
        }
        boolean centred = people.values().stream().anyMatch(p -> Integer.valueOf(0).equals(p.hops()));
        boolean large = people.size() - foldedInto.size() > IN_RINGS;
        if (centred && large) {
            // in rings the hundreds of lines to the groups on the outside crossed every ring, and cost the browser
            // a sixth of its drawing: the people of a group sit together on their ring in its colour instead
            List<Element> placed = Rings.placed(elements.stream()
                    .filter(e -> e.node() || !"ASSOCIATED_WITH".equals(e.data().get("kind"))).toList());
            return new Drawn(placed, rows, hover, hidden, true);
        }
        return new Drawn(elements, rows, hover, hidden, false);
    }

    private static boolean kept(EgoNetwork.Node person, PictureOptions options) {
        return options.groups().isEmpty() || Integer.valueOf(0).equals(person.hops())
                || person.groups().stream().anyMatch(options.groups()::contains);
    }

    private static boolean tieShown(EgoNetwork.Link link, PictureOptions options) {
        int confidence = link.confidence() == null ? CONFIDENCE.size() - 1 : CONFIDENCE.indexOf(link.confidence());
        if (confidence > options.minConfidence()) {
            return false;
        }
        if (!options.tieKinds().isEmpty() && link.kinds().stream().noneMatch(options.tieKinds()::contains)) {
            return false;
        }
        return options.agencies().isEmpty() || link.sources().stream().anyMatch(options.agencies()::contains);
    }

    private static double measureOf(EgoNetwork.Node person, Map<String, RiskReports.Marker> markers, String sizeBy) {
        if ("risk".equals(sizeBy)) {
            RiskReports.Marker marker = markers.get(person.id());
            return marker == null ? 0 : marker.score();
        }
        Double value = person.scores().get(sizeBy);
        return value == null ? 0 : value;
    }

    /** The kinds of tie, agencies and groups present, for the filters' choices. */
    public static Set<String> values(EgoNetwork network, java.util.function.Function<EgoNetwork.Link, List<String>> of) {
        Set<String> values = new java.util.TreeSet<>();
        network.links().stream().filter(l -> "KNOWS".equals(l.kind())).forEach(l -> values.addAll(of.apply(l)));
        return values;
    }
}
