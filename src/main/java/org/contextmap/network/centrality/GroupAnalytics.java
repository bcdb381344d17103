package org.contextmap.network.centrality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.AnalyticsAccess;
import org.contextmap.person.PersonService;
import org.springframework.stereotype.Service;

/**
 * The group-level view: centrality of peer groups in the group graph, and the people most
 * central within each group — who a group-level safety plan should reach first, and which
 * groups sit between others in a web of conflicts.
 */
@Service
public class GroupAnalytics {

    private static final int KEY_PEOPLE = 5;

    private final CentralityService analytics;
    private final PersonService people;
    private final AnalyticsAccess access;

    GroupAnalytics(CentralityService analytics, PersonService people, AnalyticsAccess access) {
        this.access = access;
        this.analytics = analytics;
        this.people = people;
    }

    public GroupReport groups(LocalDate asOf) {
        AnalyticsAccess.Reader reader = access.reader();
        NetworkSnapshot snapshot = analytics.snapshot(asOf);
        CompactGraph groups = snapshot.groupGraph();
        double[] degree = DegreeCentrality.compute(groups);
        double[] betweenness = BrandesBetweenness.compute(groups);
        double[] pagerank = PageRank.compute(groups);
        int[][] members = snapshot.groupMembers();

        List<int[]> keyVertices = new ArrayList<>();
        List<double[]> keyScores = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            CompactGraph within = snapshot.people().induced(members[g]);
            double[] inner = BrandesBetweenness.compute(within, 1);
            Integer[] order = new Integer[within.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -inner[i])
                    .thenComparingInt(i -> -within.degree(i)).thenComparing(within::id));
            int shown = Math.min(KEY_PEOPLE, order.length);
            int[] vertices = new int[shown];
            double[] scores = new double[2 * shown];
            for (int k = 0; k < shown; k++) {
                vertices[k] = members[g][order[k]];
                scores[2 * k] = within.degree(order[k]);
                scores[2 * k + 1] = inner[order[k]];
                ids.add(within.id(order[k]));
            }
            keyVertices.add(vertices);
            keyScores.add(scores);
        }
        Map<String, String> names = people.names(ids);

        List<GroupReport.Group> report = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> conflicts = new ArrayList<>();
            List<String> alliances = new ArrayList<>();
            List<GroupReport.Shared> shared = new ArrayList<>();
            for (int slot = groups.offsets()[g]; slot < groups.offsets()[g + 1]; slot++) {
                int e = groups.edgeAt(slot);
                String other = groups.id(groups.neighbours()[slot]);
                if ((groups.kinds(e) & 1 << GroupLink.CONFLICT.ordinal()) != 0) {
                    conflicts.add(other);
                }
                if ((groups.kinds(e) & 1 << GroupLink.ALLIANCE.ordinal()) != 0) {
                    alliances.add(other);
                }
                if ((groups.kinds(e) & 1 << GroupLink.SHARED_ASSOCIATES.ordinal()) != 0) {
                    shared.add(new GroupReport.Shared(other, groups.weight(e)));
                }
            }
            List<GroupReport.KeyPerson> key = new ArrayList<>();
            int[] vertices = keyVertices.get(g);
            for (int k = 0; k < vertices.length; k++) {
                String id = snapshot.people().id(vertices[k]);
                key.add(new GroupReport.KeyPerson(reader.id(id), reader.name(id, names.get(id)), (int) keyScores.get(g)[2 * k],
                        keyScores.get(g)[2 * k + 1]));
            }
            report.add(new GroupReport.Group(groups.id(g), snapshot.groups().name(g), members[g].length, conflicts,
                    alliances, shared, degree[g], betweenness[g], pagerank[g], key));
        }
        report.sort(Comparator.comparingDouble(GroupReport.Group::betweenness).reversed()
                .thenComparing(Comparator.comparingDouble(GroupReport.Group::degree).reversed())
                .thenComparing(GroupReport.Group::groupId));
        return new GroupReport(snapshot.asOf(), report);
    }
}
