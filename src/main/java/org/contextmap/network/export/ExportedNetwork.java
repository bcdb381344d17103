package org.contextmap.network.export;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.snapshot.NetworkSnapshot;

/**
 * What an export file shows: the young people and their ties, the names to label them with, the
 * centrality scores computed on the same graph, and the peer groups with their associates, all as
 * known on {@code asOf}. The writers take this rather than a {@link NetworkSnapshot} because names
 * and scores are looked up or computed by the caller, who decides what a reader may see.
 *
 * @param people       the person graph to export, normally the snapshot's as known on {@code asOf}
 * @param names        display name per person vertex; the array or any entry may be {@code null}
 * @param scores       per metric, one score per person vertex ({@code NaN}: no score); may be empty
 * @param groups       the peer groups, or {@code null} for a person-only export
 * @param groupMembers per group, its associated person vertices; derived from {@code groups} on
 *                     {@code asOf} when {@code null}; the outer array is copied
 * @param asOf         the day the export shows, or {@code null} for everything recorded
 * @param shownIds     the id written per person vertex instead of the recorded one (stable pseudonyms
 *                     for a reader who may not see ids), or {@code null} for the recorded ids
 */
public record ExportedNetwork(CompactGraph people, String[] names, Map<Metric, double[]> scores,
        GroupNetwork groups, int[][] groupMembers, LocalDate asOf, String[] shownIds) {

    public ExportedNetwork(CompactGraph people, String[] names, Map<Metric, double[]> scores, GroupNetwork groups,
                           int[][] groupMembers, LocalDate asOf) {
        this(people, names, scores, groups, groupMembers, asOf, null);
    }

    public ExportedNetwork {
        if (shownIds != null && shownIds.length != people.size()) {
            throw new IllegalArgumentException("shownIds has " + shownIds.length + " entries for " + people.size()
                    + " people");
        }
        if (people == null) {
            throw new IllegalArgumentException("people is required");
        }
        if (names != null && names.length != people.size()) {
            throw new IllegalArgumentException(
                    "names has " + names.length + " entries for " + people.size() + " people");
        }
        EnumMap<Metric, double[]> copy = new EnumMap<>(Metric.class);
        if (scores != null) {
            scores.forEach((metric, values) -> {
                if (values != null && values.length != people.size()) {
                    throw new IllegalArgumentException(
                            metric + " has " + values.length + " scores for " + people.size() + " people");
                }
                if (values != null) {
                    copy.put(metric, values);
                }
            });
        }
        scores = Collections.unmodifiableMap(copy);
        if (groups == null) {
            groupMembers = new int[0][];
        } else {
            groupMembers = groupMembers == null ? groups.membersOn(asOf) : groupMembers.clone();
            checkMembers(groupMembers, groups.size(), people.size());
        }
    }

    /** The snapshot as it stands, with the caller's names and scores. */
    public static ExportedNetwork of(NetworkSnapshot snapshot, String[] names, Map<Metric, double[]> scores) {
        return of(snapshot, names, scores, null);
    }

    /** The same, with the ids a reader may see in place of the recorded ones. */
    public static ExportedNetwork of(NetworkSnapshot snapshot, String[] names, Map<Metric, double[]> scores,
                                     String[] shownIds) {
        return new ExportedNetwork(snapshot.people(), names, scores, snapshot.groups(), snapshot.groupMembers(),
                snapshot.asOf(), shownIds);
    }

    /** Checks the lists and replaces a {@code null} list (a group without associates) by an empty one. */
    private static void checkMembers(int[][] groupMembers, int groupCount, int personCount) {
        if (groupMembers.length != groupCount) {
            throw new IllegalArgumentException(
                    "groupMembers has " + groupMembers.length + " entries for " + groupCount + " groups");
        }
        for (int g = 0; g < groupMembers.length; g++) {
            if (groupMembers[g] == null) {
                groupMembers[g] = new int[0];
            }
            for (int person : groupMembers[g]) {
                if (person < 0 || person >= personCount) {
                    throw new IllegalArgumentException("no such person vertex: " + person);
                }
            }
        }
    }
}
