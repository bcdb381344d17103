package org.contextmap.network.ego;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Refreshed;
import org.contextmap.database.GraphVersion;
import org.contextmap.network.centrality.CentralityService;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.centrality.Scores;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.TieCodes;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.RecordViews;
import org.springframework.stereotype.Service;

/**
 * Builds the ego network of one young person from the snapshot: a breadth-first search out to
 * {@code hops} ties, nearest first, stopping at a number of people a drawing can still show.
 * Opening it reads a child's record, so it is audited like the profile.
 */
@Service
public class EgoNetworks {

    /** Whole-network scores shown on every node; cheap enough to compute on the first request. */
    private static final List<Metric> ALWAYS = List.of(Metric.DEGREE, Metric.PAGERANK, Metric.CORENESS,
            Metric.CLUSTERING);

    private final CentralityService analytics;
    private final PersonService people;
    private final RecordViews views;
    private final RecordAccess access;
    private final Refreshed<Scored> today;

    /** A day's network with the scores shown on every node. */
    private record Scored(NetworkSnapshot snapshot, Map<Metric, Scores> scores) {
    }

    EgoNetworks(CentralityService analytics, PersonService people, RecordViews views, RecordAccess access,
            GraphVersion versions, BackgroundWork background) {
        this.access = access;
        this.analytics = analytics;
        this.people = people;
        this.views = views;
        this.today = new Refreshed<>("today's network and the scores on every ego network", versions::current,
                (previous, version) -> scored(null), background);
    }

    /**
     * Today's network and scores. After an import that changed the network, they are worked out
     * again off the request path ({@link Refreshed}): meanwhile a child's ego network is drawn from
     * the network before it, and says so — unless the child is new in that import.
     */
    private Refreshed.Ready<Scored> on(LocalDate asOf, String personId) {
        if (asOf != null && !asOf.equals(LocalDate.now())) {
            return new Refreshed.Ready<>(scored(asOf), -1, true);
        }
        Refreshed.Ready<Scored> ready = today.get();
        if (!ready.value().snapshot().asOf().equals(LocalDate.now())) {
            return new Refreshed.Ready<>(scored(null), ready.version(), true); // a new day
        }
        if (!ready.current() && ready.value().snapshot().people().vertex(personId) < 0) {
            return today.refresh(); // a child new in this import: wait for the network they are in
        }
        return ready;
    }

    /** Brings today's network and scores up to the data now, in this thread: the work done ahead of requests. */
    void refreshToday() {
        today.refresh();
    }

    private Scored scored(LocalDate asOf) {
        NetworkSnapshot snapshot = analytics.snapshot(asOf);
        Map<Metric, Scores> scores = new EnumMap<>(Metric.class);
        for (Metric metric : ALWAYS) {
            scores.put(metric, analytics.scores(snapshot, metric, null));
        }
        return new Scored(snapshot, scores);
    }

    /** The ego network, or empty when there is no such young person. */
    public Optional<EgoNetwork> around(String personId, int hops, int maxPeople, LocalDate asOf, String viewer,
            String channel) {
        Refreshed.Ready<Scored> scored = on(asOf, personId);
        NetworkSnapshot snapshot = scored.value().snapshot();
        CompactGraph graph = snapshot.people();
        int centre = graph.vertex(personId);
        if (centre < 0) {
            return Optional.empty();
        }
        RecordAccess.Lens lens = access.requireOpen(personId);
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.NETWORK, "the network of young people");
        int[] distance = new int[graph.size()];
        Arrays.fill(distance, -1);
        int[] order = new int[Math.min(graph.size(), maxPeople)];
        order[0] = centre;
        distance[centre] = 0;
        int head = 0;
        int tail = 1;
        boolean truncated = false;
        while (head < tail) {
            int v = order[head++];
            if (distance[v] == hops) {
                continue;
            }
            for (int i = graph.offsets()[v]; i < graph.offsets()[v + 1]; i++) {
                int w = graph.neighbours()[i];
                if (distance[w] < 0) {
                    if (tail == order.length) {
                        truncated = true;
                        break;
                    }
                    distance[w] = distance[v] + 1;
                    order[tail++] = w;
                }
            }
        }
        int[] included = Arrays.copyOf(order, tail);
        Arrays.sort(included);

        Drawn drawn = draw(scored, included, distance, lens);
        views.viewed(personId, "network");
        return Optional.of(new EgoNetwork(personId, snapshot.asOf(), hops, truncated, drawn.nodes(), drawn.links(),
                scored.note()));
    }

    /**
     * The network of one peer group's associates on a day ({@code null}: today): them, the ties
     * between them, the groups they are associated with and those groups' conflicts and alliances.
     * Empty when there is no such group. The associates are listed with their names, as an ego
     * network lists its people; the reader's lens decides what is shown.
     */
    public Optional<EgoNetwork> ofGroup(String groupId, int maxPeople, LocalDate asOf) {
        RecordAccess.Lens lens = access.lens();
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.NETWORK, "the network of young people");
        Refreshed.Ready<Scored> scored = asOf != null && !asOf.equals(LocalDate.now())
                ? new Refreshed.Ready<>(scored(asOf), -1, true) : today.get();
        NetworkSnapshot snapshot = scored.value().snapshot();
        int g = snapshot.groups().group(groupId);
        if (g < 0) {
            return Optional.empty();
        }
        int[] members = snapshot.groupMembers()[g];
        int[] included = Arrays.copyOf(members, Math.min(members.length, maxPeople));
        Arrays.sort(included);
        int[] distance = new int[snapshot.people().size()];
        Arrays.fill(distance, 1);
        Drawn drawn = draw(scored, included, distance, lens);
        return Optional.of(new EgoNetwork(groupId, snapshot.asOf(), 0, members.length > maxPeople, drawn.nodes(),
                drawn.links(), scored.note()));
    }

    private record Drawn(List<EgoNetwork.Node> nodes, List<EgoNetwork.Link> links) {
    }

    /** The people included (sorted vertices), the ties among them, their groups and the groups' relations. */
    private Drawn draw(Refreshed.Ready<Scored> scored, int[] included, int[] distance, RecordAccess.Lens lens) {
        NetworkSnapshot snapshot = scored.value().snapshot();
        CompactGraph graph = snapshot.people();
        Map<Metric, Scores> scores = new EnumMap<>(scored.value().scores());
        Scores betweenness = analytics.scoresIfComputed(snapshot, Metric.BETWEENNESS);
        if (betweenness != null) {
            scores.put(Metric.BETWEENNESS, betweenness);
        }
        List<String> ids = new ArrayList<>(included.length);
        for (int v : included) {
            ids.add(graph.id(v));
        }
        Map<String, String> names = people.names(ids);

        int[][] members = snapshot.groupMembers();
        Map<Integer, List<String>> groupsOf = new LinkedHashMap<>();
        List<Integer> groupsShown = new ArrayList<>();
        for (int g = 0; g < members.length; g++) {
            boolean shown = false;
            for (int member : members[g]) {
                if (Arrays.binarySearch(included, member) >= 0) {
                    groupsOf.computeIfAbsent(member, k -> new ArrayList<>()).add(snapshot.groups().id(g));
                    shown = true;
                }
            }
            if (shown) {
                groupsShown.add(g);
            }
        }

        List<EgoNetwork.Node> nodes = new ArrayList<>();
        List<EgoNetwork.Link> links = new ArrayList<>();
        for (int v : included) {
            Map<String, Double> values = new LinkedHashMap<>();
            scores.forEach((metric, s) -> values.put(metric.name().toLowerCase(), s.values()[v]));
            String id = graph.id(v);
            nodes.add(new EgoNetwork.Node(lens.shownId(id), "person", lens.name(id, names.get(id)), distance[v],
                    groupsOf.getOrDefault(v, List.of()), values));
            for (int i = graph.offsets()[v]; i < graph.offsets()[v + 1]; i++) {
                int w = graph.neighbours()[i];
                if (w > v && Arrays.binarySearch(included, w) >= 0) {
                    EgoNetwork.Link tie = tie(graph, graph.edgeAt(i));
                    links.add(new EgoNetwork.Link(lens.shownId(tie.source()), lens.shownId(tie.target()), tie.kind(),
                            tie.kinds(), tie.sources(), tie.confidence(), tie.since()));
                }
            }
        }
        for (int g : groupsShown) {
            nodes.add(new EgoNetwork.Node(snapshot.groups().id(g), "group", snapshot.groups().name(g), null, List.of(),
                    Map.of()));
        }
        groupsOf.forEach((person, groups) -> groups.forEach(group -> links.add(new EgoNetwork.Link(
                lens.shownId(graph.id(person)),
                group, "ASSOCIATED_WITH", List.of(), List.of(), null, null))));
        links.addAll(groupRelations(snapshot, groupsShown));

        return new Drawn(nodes, links);
    }

    /**
     * Recorded conflicts and alliances among the groups shown. A relation's start is given only when
     * its edge of the group graph holds that relation alone: merged with another relation or with
     * shared associates (undated), the edge's start is not the relation's.
     */
    private static List<EgoNetwork.Link> groupRelations(NetworkSnapshot snapshot, List<Integer> shown) {
        CompactGraph groups = snapshot.groupGraph();
        List<EgoNetwork.Link> links = new ArrayList<>();
        for (int e = 0; e < groups.edgeCount(); e++) {
            if (shown.contains(groups.source(e)) && shown.contains(groups.target(e))) {
                int kinds = groups.kinds(e);
                for (GroupLink kind : List.of(GroupLink.CONFLICT, GroupLink.ALLIANCE)) {
                    if ((kinds & 1 << kind.ordinal()) != 0) {
                        links.add(new EgoNetwork.Link(groups.id(groups.source(e)), groups.id(groups.target(e)),
                                kind == GroupLink.CONFLICT ? "IN_CONFLICT_WITH" : "ALLIED_WITH", List.of(), List.of(),
                                null, kinds == 1 << kind.ordinal() ? groups.sinceDate(e) : null));
                    }
                }
            }
        }
        return links;
    }

    /** A tie with its kinds, sources and confidence in words. */
    private static EgoNetwork.Link tie(CompactGraph graph, int edge) {
        return new EgoNetwork.Link(graph.id(graph.source(edge)), graph.id(graph.target(edge)), "KNOWS",
                TieCodes.kinds(graph, edge), TieCodes.sources(graph, edge), TieCodes.confidence(graph, edge),
                graph.sinceDate(edge));
    }
}
