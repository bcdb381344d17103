package org.contextmap.network.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The peer groups of a snapshot: their names, the recorded conflicts and alliances between them,
 * and which young people (vertices of the person graph) are associated with which group, each
 * fact with its start date so that the group graph can be rebuilt as known on any day. An
 * association also carries the last day it counts (recorded or last re-confirmed, plus the
 * retention period: {@code RetentionSettings}); after that it is history and no group graph or
 * list of members on a later day includes it.
 */
public final class GroupNetwork {

    private final String[] ids;
    private final String[] names;
    private final int[] relationA;
    private final int[] relationB;
    private final byte[] relationKind;
    private final int[] relationSince;
    private final int[] associationPerson;
    private final int[] associationGroup;
    private final int[] associationSince;
    private final int[] associationUntil;
    private final long[] associationKeys;
    private final int[] associationKeySince;

    private GroupNetwork(String[] ids, String[] names, int[] relationA, int[] relationB, byte[] relationKind,
            int[] relationSince, int[] associationPerson, int[] associationGroup, int[] associationSince,
            int[] associationUntil) {
        this.ids = ids;
        this.names = names;
        this.relationA = relationA;
        this.relationB = relationB;
        this.relationKind = relationKind;
        this.relationSince = relationSince;
        this.associationPerson = associationPerson;
        this.associationGroup = associationGroup;
        this.associationSince = associationSince;
        this.associationUntil = associationUntil;
        int count = associationPerson.length;
        long[] keyed = new long[count];
        for (int a = 0; a < count; a++) {
            keyed[a] = (long) associationPerson[a] << 32 | associationGroup[a];
        }
        Integer[] order = IntStream.range(0, count).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> Long.compare(keyed[x], keyed[y]));
        this.associationKeys = new long[count];
        this.associationKeySince = new int[count];
        for (int i = 0; i < count; i++) {
            associationKeys[i] = keyed[order[i]];
            associationKeySince[i] = associationSince[order[i]];
        }
    }

    public int size() {
        return ids.length;
    }

    public String id(int group) {
        return ids[group];
    }

    public String name(int group) {
        return names[group];
    }

    /** The group with this id, or -1. */
    public int group(String id) {
        int found = Arrays.binarySearch(ids, id);
        return found >= 0 ? found : -1;
    }

    /**
     * The group graph as known on {@code day} ({@code null}: everything): groups joined by recorded
     * conflict, alliance and shared associates. An edge's kinds are a bitmask of {@link GroupLink}
     * ordinals; its weight is the number of shared associates (0 when they share none).
     */
    public CompactGraph graphOn(LocalDate day) {
        long cutoff = day == null ? Long.MAX_VALUE : day.toEpochDay();
        CompactGraphBuilder builder = new CompactGraphBuilder(ids, true);
        for (int r = 0; r < relationA.length; r++) {
            if (relationSince[r] <= cutoff) {
                builder.addIndexed(relationA[r], relationB[r], 1 << relationKind[r], 0, -1, relationSince[r], 0);
            }
        }
        int people = 0;
        for (int person : associationPerson) {
            people = Math.max(people, person + 1);
        }
        for (int[] groups : byPerson(people, membersOn(day))) {
            for (int i = 0; i < groups.length; i++) {
                for (int j = i + 1; j < groups.length; j++) {
                    builder.addIndexed(groups[i], groups[j], 1 << GroupLink.SHARED_ASSOCIATES.ordinal(), 0, -1,
                            CompactGraph.SINCE_UNKNOWN, 1);
                }
            }
        }
        return builder.build();
    }

    /**
     * For each group, the person vertices associated with it on {@code day} ({@code null}: ever),
     * ascending: associations begun by then and still counting then (re-confirmed recently enough).
     */
    public int[][] membersOn(LocalDate day) {
        long cutoff = day == null ? Long.MAX_VALUE : day.toEpochDay();
        long counting = day == null ? Long.MIN_VALUE : cutoff;
        int[] counts = new int[ids.length];
        for (int a = 0; a < associationGroup.length; a++) {
            if (associationSince[a] <= cutoff && associationUntil[a] >= counting) {
                counts[associationGroup[a]]++;
            }
        }
        int[][] members = new int[ids.length][];
        for (int g = 0; g < ids.length; g++) {
            members[g] = new int[counts[g]];
            counts[g] = 0;
        }
        for (int a = 0; a < associationGroup.length; a++) {
            if (associationSince[a] <= cutoff && associationUntil[a] >= counting) {
                int g = associationGroup[a];
                members[g][counts[g]++] = associationPerson[a];
            }
        }
        for (int g = 0; g < members.length; g++) {
            members[g] = Arrays.stream(members[g]).sorted().distinct().toArray();
        }
        return members;
    }

    /**
     * The other way round from {@link #membersOn}: for each of {@code people} person vertices, the
     * groups it is among the members of, ascending (an empty array for none).
     */
    public static int[][] byPerson(int people, int[][] members) {
        int[] counts = new int[people];
        for (int[] list : members) {
            for (int v : list) {
                counts[v]++;
            }
        }
        int[][] groups = new int[people][];
        for (int v = 0; v < people; v++) {
            groups[v] = new int[counts[v]];
            counts[v] = 0;
        }
        for (int g = 0; g < members.length; g++) {
            for (int v : members[g]) {
                groups[v][counts[v]++] = g;
            }
        }
        return groups;
    }

    /**
     * When a young person's association with a group began: the epoch day, or
     * {@link CompactGraph#SINCE_UNKNOWN} when not recorded or when there is no such association.
     */
    public int associationSince(int person, int group) {
        int earliest = Integer.MAX_VALUE;
        int at = Arrays.binarySearch(associationKeys, (long) person << 32 | group);
        if (at < 0) {
            return CompactGraph.SINCE_UNKNOWN;
        }
        while (at > 0 && associationKeys[at - 1] == associationKeys[at]) {
            at--;
        }
        for (int i = at; i < associationKeys.length && associationKeys[i] == associationKeys[at]; i++) {
            earliest = Math.min(earliest, associationKeySince[i]);
        }
        return earliest;
    }

    /** The pairs of groups recorded as in conflict on the day, each as {@code min << 32 | max}. */
    public Set<Long> conflictsOn(LocalDate day) {
        long cutoff = day == null ? Long.MAX_VALUE : day.toEpochDay();
        Set<Long> pairs = new HashSet<>();
        for (int r = 0; r < relationA.length; r++) {
            if (relationKind[r] == GroupLink.CONFLICT.ordinal() && relationSince[r] <= cutoff) {
                pairs.add(pair(relationA[r], relationB[r]));
            }
        }
        return pairs;
    }

    /**
     * Every pair of groups ever recorded as in conflict ({@link #pair} keys), with the epoch day the
     * conflict was first recorded from ({@link CompactGraph#SINCE_UNKNOWN} when not recorded).
     */
    public Map<Long, Integer> conflictsSince() {
        Map<Long, Integer> since = new HashMap<>();
        for (int r = 0; r < relationA.length; r++) {
            if (relationKind[r] == GroupLink.CONFLICT.ordinal()) {
                since.merge(pair(relationA[r], relationB[r]), relationSince[r], Math::min);
            }
        }
        return since;
    }

    /** The key of an unordered pair of groups in {@link #conflictsOn}. */
    public static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** Starts a group network over these group ids and names (parallel arrays). */
    public static Builder builder(String[] ids, String[] names, CompactGraph people) {
        return new Builder(ids, names, people);
    }

    /** Collects the facts of a {@link GroupNetwork}. */
    public static final class Builder {

        private final String[] ids;
        private final String[] names;
        private final CompactGraph people;
        private final List<int[]> relations = new ArrayList<>();
        private final List<int[]> associations = new ArrayList<>();

        private Builder(String[] ids, String[] names, CompactGraph people) {
            Integer[] order = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (x, y) -> ids[x].compareTo(ids[y]));
            this.ids = new String[ids.length];
            this.names = new String[ids.length];
            for (int i = 0; i < order.length; i++) {
                this.ids[i] = ids[order[i]];
                this.names[i] = names[order[i]];
            }
            this.people = people;
        }

        /** Records a conflict or alliance; unknown groups are skipped. */
        public Builder relation(String a, String b, GroupLink kind, LocalDate since) {
            int ga = Arrays.binarySearch(ids, a);
            int gb = Arrays.binarySearch(ids, b);
            if (ga >= 0 && gb >= 0 && ga != gb) {
                relations.add(new int[] {ga, gb, kind.ordinal(), epochDay(since)});
            }
            return this;
        }

        /** Records that a young person is associated with a group, counting for ever; unknown ids are skipped. */
        public Builder association(String personId, String groupId, LocalDate since) {
            return association(personId, groupId, since, LocalDate.MAX);
        }

        /** The same, counting up to and including {@code countsUntil} ({@code RetentionSettings}). */
        public Builder association(String personId, String groupId, LocalDate since, LocalDate countsUntil) {
            int person = people.vertex(personId);
            int group = Arrays.binarySearch(ids, groupId);
            if (person >= 0 && group >= 0) {
                int until = countsUntil.isAfter(LocalDate.of(9999, 1, 1)) ? Integer.MAX_VALUE
                        : countsUntil.isBefore(LocalDate.of(1, 1, 1)) ? Integer.MIN_VALUE : (int) countsUntil.toEpochDay();
                associations.add(new int[] {person, group, epochDay(since), until});
            }
            return this;
        }

        private static int epochDay(LocalDate day) {
            return day == null ? CompactGraph.SINCE_UNKNOWN : (int) day.toEpochDay();
        }

        public GroupNetwork build() {
            int r = relations.size();
            int[] ra = new int[r];
            int[] rb = new int[r];
            byte[] rk = new byte[r];
            int[] rs = new int[r];
            for (int i = 0; i < r; i++) {
                int[] relation = relations.get(i);
                ra[i] = relation[0];
                rb[i] = relation[1];
                rk[i] = (byte) relation[2];
                rs[i] = relation[3];
            }
            int a = associations.size();
            int[] ap = new int[a];
            int[] ag = new int[a];
            int[] as = new int[a];
            int[] au = new int[a];
            for (int i = 0; i < a; i++) {
                int[] association = associations.get(i);
                ap[i] = association[0];
                ag[i] = association[1];
                as[i] = association[2];
                au[i] = association[3];
            }
            return new GroupNetwork(ids, names, ra, rb, rk, rs, ap, ag, as, au);
        }
    }
}
