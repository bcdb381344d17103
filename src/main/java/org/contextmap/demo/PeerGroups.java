package org.contextmap.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;

/**
 * Peer groups, who is associated with them, and the conflicts and alliances between them.
 *
 * <p>About one group per 150 young people, each rooted in a neighbourhood and named after the
 * estate, street or park where it spends time ({@link GroupSites}) — never "gang": association is
 * a fact about a child's context, not a finding about the child. About a fifth of young people
 * (15–25% by neighbourhood) are associated with a group, chosen in proportion to vulnerability,
 * age (peaking at 15–17) and gender (boys more often), and siblings are often associated with the
 * same group ({@link GroupMembership}). Each association carries the agency that reported it and
 * how sure it is, from police intelligence to a parent's worry ({@link AssociationReports}).
 *
 * <p>Conflicts are mostly between neighbouring groups (territory borders), each group in conflict
 * with 0 to 3 others; a few groups are allied. A third of the conflicts predate the history; the
 * rest start within it, which gives the tension timeline something to show
 * ({@link IntergroupRelations}).
 *
 * <p>This class puts the parts together, in the order in which they draw from the random stream,
 * and answers the questions the later stages ask about groups.
 */
final class PeerGroups {

    final int count;
    final String[] name;
    final int[] area;
    /** The primary group of each person, or -1. */
    final int[] groupOf;
    /** A second group for a few people, or -1. */
    final int[] secondGroupOf;
    /** Closely involved members: more often suspects and victims. */
    final boolean[] core;
    /** Members of group g (both associations) are members[memberStart[g] … memberStart[g + 1] - 1]. */
    final int[] memberStart;
    final int[] members;

    final AssociationReports associations;

    final List<Relation> relations;
    final int[][] enemies;
    final int[][] allies;

    private final IntergroupRelations between;
    private final int idDigits;

    /** A conflict or an alliance; {@code intensity} scales how many incidents a conflict produces. */
    record Relation(int a, int b, boolean conflict, long sinceDay, Agency source, double intensity) {
    }

    PeerGroups(Population people, Geography map, CityCalendar calendar, SplittableRandom random) {
        count = Math.max(3, (int) Math.round(people.size / 150.0));
        idDigits = Math.max(3, Geography.digits(count));
        GroupSites sites = new GroupSites(count, people, map, random);
        name = sites.name;
        area = sites.area;

        GroupMembership membership = new GroupMembership(count, people, map, sites.byArea, random);
        groupOf = membership.groupOf;
        secondGroupOf = membership.secondGroupOf;
        core = membership.core;

        between = new IntergroupRelations(sites, map, calendar, random);
        relations = between.relations;
        enemies = between.enemies;
        allies = between.allies;
        membership.addSecondAssociations(people, between, random);

        memberStart = new int[count + 1];
        for (int p = 0; p < people.size; p++) {
            if (groupOf[p] >= 0) {
                memberStart[groupOf[p] + 1]++;
            }
            if (secondGroupOf[p] >= 0) {
                memberStart[secondGroupOf[p] + 1]++;
            }
        }
        for (int g = 0; g < count; g++) {
            memberStart[g + 1] += memberStart[g];
        }
        members = new int[memberStart[count]];
        int[] fill = Arrays.copyOf(memberStart, count);
        for (int p = 0; p < people.size; p++) {
            if (groupOf[p] >= 0) {
                members[fill[groupOf[p]]++] = p;
            }
            if (secondGroupOf[p] >= 0) {
                members[fill[secondGroupOf[p]]++] = p;
            }
        }
        membership.markCore(people, memberStart, members, random);
        associations = new AssociationReports(people, calendar, membership, members.length, random);
    }

    String id(int group) {
        return "PG-" + Geography.pad(group + 1, idDigits);
    }

    boolean inConflict(int g, int h) {
        return between.inConflict(g, h);
    }

    /** True when any group of {@code p} is in conflict with any group of {@code q}. */
    boolean peopleInConflict(int p, int q) {
        return inConflict(groupOf[p], groupOf[q]) || inConflict(groupOf[p], secondGroupOf[q])
                || inConflict(secondGroupOf[p], groupOf[q]) || inConflict(secondGroupOf[p], secondGroupOf[q]);
    }

    int memberCount(int g) {
        return memberStart[g + 1] - memberStart[g];
    }

    /** The group whose member list contains the given slot of {@link #members}. */
    int groupAt(int slot) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (memberStart[mid] <= slot) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    boolean isMember(int person, int g) {
        return g >= 0 && (groupOf[person] == g || secondGroupOf[person] == g);
    }

    List<Relation> conflictList() {
        return relations.stream().filter(Relation::conflict).toList();
    }
}
