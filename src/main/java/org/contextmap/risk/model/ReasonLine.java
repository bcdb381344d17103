package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.incident.Role;

/**
 * One line of an explanation: the contributions to a score gathered by what a practitioner
 * recognises, rather than one line per route. A child's score is often hundreds of small routes;
 * gathered this way a handful of lines carry most of it:
 *
 * <ul>
 * <li>{@link Kind#OWN_HARM} / {@link Kind#OWN_SUSPICION}: the child's own incidents as a victim, or
 * as a suspect (one line each: "harmed three times, the latest …");
 * <li>{@link Kind#GROUP_TENSION}: every incident between associates of two groups recorded as in
 * conflict that reaches the child, whatever the route;
 * <li>{@link Kind#SHARED_GROUP}: incidents whose suspects are associated with a group the child is
 * associated with;
 * <li>{@link Kind#CLOSE_TIE}: harm that reaches the child through one person they know — the
 * incident itself when there is one, else everything around that person.
 * </ul>
 *
 * @param key           what the line gathers: the child, the two groups, a group id, or the person
 *                      the harm comes through
 * @param contributions largest first; their weights add up to {@code weight}
 */
public record ReasonLine(Kind kind, String key, List<Contribution> contributions, double weight) {

    /** What a line is about. */
    public enum Kind {
        OWN_HARM, OWN_SUSPICION, GROUP_TENSION, SHARED_GROUP, CLOSE_TIE
    }

    /** The largest contribution: the incident a line's sentence names. */
    public Contribution largest() {
        return contributions.getFirst();
    }

    /** How many distinct incidents the line gathers. */
    public long incidents() {
        return contributions.stream().map(Contribution::incidentId).distinct().count();
    }

    /** A person's contributions gathered into lines, largest first. */
    public static List<ReasonLine> of(List<Contribution> contributions) {
        Map<String, List<Contribution>> byKey = new LinkedHashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            Kind kind = kind(c);
            String key = kind + "|" + keyOf(kind, c);
            kinds.put(key, kind);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<ReasonLine> lines = new ArrayList<>();
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparingDouble(Contribution::weight).reversed());
            double weight = list.stream().mapToDouble(Contribution::weight).sum();
            lines.add(new ReasonLine(kinds.get(key), key.substring(key.indexOf('|') + 1), List.copyOf(list), weight));
        });
        lines.sort(Comparator.comparingDouble(ReasonLine::weight).reversed().thenComparing(ReasonLine::key));
        return lines;
    }

    private static Kind kind(Contribution c) {
        if (c.distance() == 0 && c.viaGroup() == null) {
            return c.partyRole() == Role.VICTIM ? Kind.OWN_HARM : Kind.OWN_SUSPICION;
        }
        if (!c.rivals().isEmpty()) {
            return Kind.GROUP_TENSION;
        }
        return c.viaGroup() != null ? Kind.SHARED_GROUP : Kind.CLOSE_TIE;
    }

    private static String keyOf(Kind kind, Contribution c) {
        return switch (kind) {
            case OWN_HARM, OWN_SUSPICION -> c.party();
            case GROUP_TENSION -> c.rivals().stream().sorted().reduce((a, b) -> a + "|" + b).orElseThrow();
            case SHARED_GROUP -> c.viaGroup();
            case CLOSE_TIE -> c.path().get(c.path().size() - 2).personId();
        };
    }
}
