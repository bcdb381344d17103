package org.contextmap.risk.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;

/**
 * The harm between one group's associates and each other group's, month by month: the trend a
 * violence-reduction meeting reads off a chart ("is it calming down with Millfield?"). Harm is
 * counted both ways — a suspect associated with one group, a victim with the other — undecayed, by
 * the incident's harm weight, with the associations known on the last day, as {@link GroupTensions}
 * counts them; an incident counts once for a pair however many of their associates it involved.
 */
public final class MonthlyTensions {

    /**
     * The harm with one other group in each month, oldest first.
     *
     * @param relation  CONFLICT or ALLIANCE as recorded on the last day, or null when neither
     * @param incidents the incidents between the two groups' associates in the months
     */
    public record Line(String groupId, GroupLink relation, double[] harm, int incidents) {

        double total() {
            double sum = 0;
            for (double h : harm) {
                sum += h;
            }
            return sum;
        }
    }

    private MonthlyTensions() {
    }

    /** The months ending with {@code asOf}'s, oldest first. */
    public static List<YearMonth> months(LocalDate asOf, int count) {
        YearMonth last = YearMonth.from(asOf);
        List<YearMonth> months = new ArrayList<>();
        for (int k = count - 1; k >= 0; k--) {
            months.add(last.minusMonths(k));
        }
        return months;
    }

    /**
     * A line for each group whose associates harmed or were harmed by {@code groupId}'s in the
     * {@code count} months up to {@code asOf}, and for each group recorded in conflict with it
     * (a flat line is worth seeing too); most harm first.
     */
    public static List<Line> of(GroupNetwork groups, HarmHistory history, String groupId, LocalDate asOf, int count) {
        int group = groups.group(groupId);
        if (group < 0) {
            return List.of();
        }
        List<YearMonth> months = months(asOf, count);
        int first = (int) months.getFirst().atDay(1).toEpochDay();
        int[][] groupsOf = GroupNetwork.byPerson(history.graph().size(), groups.membersOn(asOf));
        int from = history.firstOnOrAfter(first);
        int end = history.firstOnOrAfter((int) asOf.toEpochDay() + 1);
        Map<Integer, double[]> harm = new HashMap<>();
        Map<Integer, Integer> incidents = new HashMap<>();
        int[] parties = history.parties();
        Set<Integer> others = new HashSet<>();
        for (int i = from; i < end; i++) {
            others.clear();
            for (int s = history.victimEnd(i); s < history.partyEnd(i); s++) {
                for (int v = history.partyStart(i); v < history.victimEnd(i); v++) {
                    int[] suspects = groupsOf[parties[s]];
                    int[] victims = groupsOf[parties[v]];
                    if (contains(suspects, group)) {
                        for (int b : victims) {
                            if (b != group) {
                                others.add(b);
                            }
                        }
                    }
                    if (contains(victims, group)) {
                        for (int a : suspects) {
                            if (a != group) {
                                others.add(a);
                            }
                        }
                    }
                }
            }
            YearMonth month = YearMonth.from(LocalDate.ofEpochDay(history.day(i)));
            int m = months.indexOf(month);
            for (int other : others) {
                harm.computeIfAbsent(other, k -> new double[count])[m] += history.harm(i);
                incidents.merge(other, 1, Integer::sum);
            }
        }
        CompactGraph relations = groups.graphOn(asOf);
        int me = relations.vertex(groupId);
        for (int g = 0; me >= 0 && g < groups.size(); g++) {
            if (g != group && GroupTensions.relation(relations, groups, group, g) == GroupLink.CONFLICT) {
                harm.computeIfAbsent(g, k -> new double[count]);
            }
        }
        List<Line> lines = new ArrayList<>();
        harm.forEach((other, sums) -> lines.add(new Line(groups.id(other),
                GroupTensions.relation(relations, groups, group, other), sums, incidents.getOrDefault(other, 0))));
        lines.sort(Comparator.comparingDouble(Line::total).reversed().thenComparing(Line::groupId));
        return lines;
    }

    private static boolean contains(int[] sorted, int value) {
        for (int x : sorted) {
            if (x == value) {
                return true;
            }
        }
        return false;
    }
}
