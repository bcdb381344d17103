package org.contextmap.network.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.contextmap.base.RecentlyUsed;
import org.contextmap.network.AnalyticsAccess;
import org.contextmap.network.AnalyticsProperties;
import org.contextmap.network.centrality.CentralityService;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.TieCodes;
import org.contextmap.person.PersonService;
import org.springframework.stereotype.Service;

/**
 * Clusters found in the network and the people and ties that hold it together, both set against
 * the recorded peer groups and their conflicts ("who connects groups in conflict").
 * The community detection of a snapshot is computed once and kept with it.
 */
@Service
public class ClusterAnalytics {

    private static final int KEY_PEOPLE = 5;

    private final CentralityService analytics;
    private final PersonService people;
    private final AnalyticsProperties properties;
    private final AnalyticsAccess access;
    private final Map<String, Detected> detected = new RecentlyUsed<>(4);

    ClusterAnalytics(CentralityService analytics, PersonService people, AnalyticsProperties properties,
                     AnalyticsAccess access) {
        this.access = access;
        this.analytics = analytics;
        this.people = people;
        this.properties = properties;
    }

    public ClusterReport clusters(LocalDate asOf) {
        AnalyticsAccess.Reader reader = access.reader();
        NetworkSnapshot snapshot = analytics.snapshot(asOf);
        CompactGraph graph = snapshot.people();
        Detected found = detect(snapshot);
        Partition partition = found.partition();
        int[][] members = partition.members();
        int[][] groupMembers = snapshot.groupMembers();
        int[][] groupsOf = GroupNetwork.byPerson(graph.size(), groupMembers);
        Set<Long> conflictPairs = snapshot.groups().conflictsOn(snapshot.asOf());

        List<String> keyIds = new ArrayList<>();
        List<int[]> keyVertices = new ArrayList<>();
        for (int[] cluster : members) {
            int[] key = cluster.length < 2 ? new int[0] : keyPeople(graph, partition, cluster);
            keyVertices.add(key);
            for (int v : key) {
                keyIds.add(graph.id(v));
            }
        }
        Map<String, String> names = people.names(keyIds);

        List<ClusterReport.Cluster> clusters = new ArrayList<>();
        int unclustered = 0;
        for (int c = 0; c < members.length; c++) {
            if (members[c].length < 2) {
                unclustered += members[c].length;
                continue;
            }
            TreeMap<Integer, Integer> perGroup = new TreeMap<>();
            for (int v : members[c]) {
                for (int g : groupsOf[v]) {
                    perGroup.merge(g, 1, Integer::sum);
                }
            }
            List<ClusterReport.GroupOverlap> overlap = new ArrayList<>();
            List<Integer> present = new ArrayList<>(perGroup.keySet());
            perGroup.forEach((g, count) -> overlap.add(new ClusterReport.GroupOverlap(snapshot.groups().id(g),
                    snapshot.groups().name(g), count)));
            overlap.sort(Comparator.comparingInt(ClusterReport.GroupOverlap::associates).reversed());
            List<List<String>> conflicts = conflicts(snapshot, conflictPairs, present);
            List<ClusterReport.KeyPerson> key = new ArrayList<>();
            for (int v : keyVertices.get(c)) {
                key.add(new ClusterReport.KeyPerson(reader.id(graph.id(v)), reader.name(graph.id(v),
                        names.get(graph.id(v))), tiesWithin(graph, partition, v)));
            }
            List<String> ids = new ArrayList<>(members[c].length);
            for (int v : members[c]) {
                ids.add(graph.id(v));
            }
            clusters.add(new ClusterReport.Cluster(clusters.size() + 1, members[c].length,
                    partition.contribution(c), key, overlap, conflicts, attention(snapshot.groups(), conflicts),
                    reader.ids(ids)));
        }
        return new ClusterReport(snapshot.asOf(), found.algorithm(), found.modularity(),
                found.modularityByAlgorithm(), graph.size(), unclustered, clusters);
    }

    public BridgeReport bridges(LocalDate asOf, int limit) {
        AnalyticsAccess.Reader reader = access.reader();
        NetworkSnapshot snapshot = analytics.snapshot(asOf);
        CompactGraph graph = snapshot.people();
        Cuts cuts = CutVertices.find(graph);
        Partition partition = detect(snapshot).partition();
        int[] clusterNumber = clusterNumbers(partition);
        int[][] groupsOf = GroupNetwork.byPerson(graph.size(), snapshot.groupMembers());
        Set<Long> conflictPairs = snapshot.groups().conflictsOn(snapshot.asOf());

        Integer[] order = new Integer[cuts.cutVertices().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -cutOff(cuts.separatedSizes()[i]))
                .thenComparing(i -> graph.id(cuts.cutVertices()[i])));
        int shown = Math.min(limit, order.length);
        List<Integer> bridgeEdges = new ArrayList<>();
        for (int e : cuts.bridges()) {
            if (graph.degree(graph.source(e)) > 1 && graph.degree(graph.target(e)) > 1 && bridgeEdges.size() < limit) {
                bridgeEdges.add(e);
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            ids.add(graph.id(cuts.cutVertices()[order[i]]));
        }
        for (int e : bridgeEdges) {
            ids.add(graph.id(graph.source(e)));
            ids.add(graph.id(graph.target(e)));
        }
        Map<String, String> names = people.names(ids);

        List<BridgeReport.CutPerson> people = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            int v = cuts.cutVertices()[order[i]];
            int[] sizes = cuts.separatedSizes()[order[i]];
            TreeSet<Integer> clusters = new TreeSet<>();
            TreeSet<Integer> groups = new TreeSet<>();
            clusters.add(clusterNumber[v]);
            for (int g : groupsOf[v]) {
                groups.add(g);
            }
            for (int slot = graph.offsets()[v]; slot < graph.offsets()[v + 1]; slot++) {
                int w = graph.neighbours()[slot];
                clusters.add(clusterNumber[w]);
                for (int g : groupsOf[w]) {
                    groups.add(g);
                }
            }
            clusters.remove(0);
            List<String> groupIds = groups.stream().map(g -> snapshot.groups().id(g)).toList();
            people.add(new BridgeReport.CutPerson(reader.id(graph.id(v)), reader.name(graph.id(v), names.get(graph.id(v))),
                    Arrays.stream(sizes).boxed().toList(), cutOff(sizes), List.copyOf(clusters), groupIds,
                    conflicts(snapshot, conflictPairs, List.copyOf(groups))));
        }
        List<BridgeReport.Bridge> bridges = new ArrayList<>();
        for (int e : bridgeEdges) {
            String a = graph.id(graph.source(e));
            String b = graph.id(graph.target(e));
            bridges.add(new BridgeReport.Bridge(reader.id(a), reader.name(a, names.get(a)), reader.id(b),
                    reader.name(b, names.get(b)), TieCodes.kinds(graph, e),
                    TieCodes.sources(graph, e)));
        }
        return new BridgeReport(snapshot.asOf(), graph.size(), graph.edgeCount(), people, bridges);
    }

    private synchronized Detected detect(NetworkSnapshot snapshot) {
        detected.keySet().removeIf(key -> !key.startsWith(snapshot.version() + "@"));
        return detected.computeIfAbsent(snapshot.version() + "@" + snapshot.asOf(),
                key -> CommunityDetection.best(snapshot.people(), properties.seed()));
    }

    /** Cluster numbers as in the report: 1 for the largest of two or more, 0 for none. */
    private static int[] clusterNumbers(Partition partition) {
        int[][] members = partition.members();
        int[] numbers = new int[partition.graph().size()];
        int next = 1;
        for (int[] cluster : members) {
            if (cluster.length >= 2) {
                for (int v : cluster) {
                    numbers[v] = next;
                }
                next++;
            }
        }
        return numbers;
    }

    private static int cutOff(int[] sizes) {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        return sizes.length == 0 ? 0 : total - sizes[0];
    }

    private static int[] keyPeople(CompactGraph graph, Partition partition, int[] cluster) {
        return Arrays.stream(cluster).boxed()
                .sorted(Comparator.<Integer>comparingInt(v -> -tiesWithin(graph, partition, v))
                        .thenComparing(graph::id))
                .limit(KEY_PEOPLE).mapToInt(Integer::intValue).toArray();
    }

    private static int tiesWithin(CompactGraph graph, Partition partition, int v) {
        int ties = 0;
        int own = partition.community(v);
        for (int slot = graph.offsets()[v]; slot < graph.offsets()[v + 1]; slot++) {
            if (partition.community(graph.neighbours()[slot]) == own) {
                ties++;
            }
        }
        return ties;
    }

    /** Pairs of the given groups (ascending) that are among the day's conflicts, as id pairs. */
    private static List<List<String>> conflicts(NetworkSnapshot snapshot, Set<Long> conflicts,
            List<Integer> groups) {
        List<List<String>> pairs = new ArrayList<>();
        if (conflicts.isEmpty()) {
            return pairs;
        }
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                if (conflicts.contains(GroupNetwork.pair(groups.get(i), groups.get(j)))) {
                    pairs.add(List.of(snapshot.groups().id(groups.get(i)), snapshot.groups().id(groups.get(j))));
                }
            }
        }
        return pairs;
    }

    private static String attention(GroupNetwork groups, List<List<String>> conflicts) {
        if (conflicts.isEmpty()) {
            return null;
        }
        List<String> pair = conflicts.get(0);
        return "This cluster includes young people associated with " + groups.name(groups.group(pair.get(0)))
                + " and with " + groups.name(groups.group(pair.get(1)))
                + ", which are recorded as in conflict: they may be at risk from both sides."
                + (conflicts.size() > 1 ? " " + (conflicts.size() - 1) + " more such pair(s)." : "");
    }
}
