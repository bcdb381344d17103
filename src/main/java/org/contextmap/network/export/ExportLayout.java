package org.contextmap.network.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Labelled;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.RelationshipKind;

/**
 * An {@link ExportedNetwork} numbered as one graph of people and groups, shared by both writers
 * so that they agree on ids, edge types, dates and attributes. Nodes {@code 0..p-1} are the person
 * vertices, {@code p..p+g-1} the groups; edges {@code 0..t-1} are the person graph's own edge
 * indices, then the associations (person to group), then the groups' conflicts and alliances.
 * Person ties are read from the {@link CompactGraph} as they are written, never copied; only the
 * group side, which is small, is laid out in arrays here.
 *
 * <p>Group node ids are the group ids; should any equal a person id, every group id gets the
 * prefix {@value #GROUP_PREFIX} so that the file still has unique node ids.
 *
 * <p>Dates of group facts: an association edge starts when the association began
 * ({@link GroupNetwork#associationSince}), or carries no date. A conflict or alliance takes
 * the start of its edge in {@link GroupNetwork#graphOn}, which is only that relation's own start
 * when the edge holds nothing else: merged with another relation or with shared associates (which
 * have no date) the start is not the relation's, and is left out.
 */
final class ExportLayout {

    static final String GROUP_PREFIX = "group:";

    private static final RelationshipKind[] KINDS = RelationshipKind.values();
    private static final Agency[] AGENCIES = Agency.values();
    private static final Confidence[] CONFIDENCES = Confidence.values();
    private static final int CONFLICT = 1 << GroupLink.CONFLICT.ordinal();
    private static final int ALLIANCE = 1 << GroupLink.ALLIANCE.ordinal();

    private final ExportedNetwork network;
    private final CompactGraph people;
    private final String[] shownIds;
    private final GroupNetwork groups;
    private final int personCount;
    private final int groupCount;
    private final int tieCount;
    private final boolean prefixGroupIds;
    private final int[] membershipOffsets;
    private final int[] membershipGroups;
    private final int[] associationPerson;
    private final int[] associationGroup;
    private final int[] relationA;
    private final int[] relationB;
    private final Relation[] relationType;
    private final int[] relationSince;
    private final List<Column> nodeColumns;
    private final List<Column> edgeColumns;

    ExportLayout(ExportedNetwork network) {
        this.network = network;
        this.people = network.people();
        this.shownIds = network.shownIds();
        this.groups = network.groups();
        this.personCount = people.size();
        this.groupCount = groups == null ? 0 : groups.size();
        this.tieCount = people.edgeCount();
        this.prefixGroupIds = anyGroupIdIsAPersonId();

        int[][] members = network.groupMembers();
        int associations = 0;
        membershipOffsets = new int[personCount + 1];
        for (int[] list : members) {
            for (int person : list) {
                membershipOffsets[person + 1]++;
                associations++;
            }
        }
        for (int p = 0; p < personCount; p++) {
            membershipOffsets[p + 1] += membershipOffsets[p];
        }
        membershipGroups = new int[associations];
        associationPerson = new int[associations];
        associationGroup = new int[associations];
        int[] fill = new int[personCount];
        int a = 0;
        for (int g = 0; g < members.length; g++) {
            for (int person : members[g]) {
                membershipGroups[membershipOffsets[person] + fill[person]++] = g;
                associationPerson[a] = person;
                associationGroup[a++] = g;
            }
        }

        CompactGraph groupGraph = groups == null ? null : groups.graphOn(network.asOf());
        int relations = 0;
        for (int e = 0; groupGraph != null && e < groupGraph.edgeCount(); e++) {
            relations += Integer.bitCount(groupGraph.kinds(e) & (CONFLICT | ALLIANCE));
        }
        relationA = new int[relations];
        relationB = new int[relations];
        relationType = new Relation[relations];
        relationSince = new int[relations];
        int r = 0;
        for (int e = 0; groupGraph != null && e < groupGraph.edgeCount(); e++) {
            int kinds = groupGraph.kinds(e);
            boolean ownDate = kinds == CONFLICT || kinds == ALLIANCE;
            for (int bit : new int[] {CONFLICT, ALLIANCE}) {
                if ((kinds & bit) != 0) {
                    relationA[r] = groupGraph.source(e);
                    relationB[r] = groupGraph.target(e);
                    relationType[r] = bit == CONFLICT ? Relation.IN_CONFLICT_WITH : Relation.ALLIED_WITH;
                    relationSince[r++] = ownDate ? groupGraph.since(e) : CompactGraph.SINCE_UNKNOWN;
                }
            }
        }
        this.nodeColumns = declareNodeColumns(network.scores());
        this.edgeColumns = declareEdgeColumns();
    }

    private boolean anyGroupIdIsAPersonId() {
        for (int g = 0; g < groupCount; g++) {
            if (people.vertex(groups.id(g)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private List<Column> declareNodeColumns(Map<Metric, double[]> scores) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("kind", "Kind", false, node -> isGroup(node) ? "group" : "person"));
        scores.forEach((metric, values) -> columns.add(new Column(scoreId(metric), metric.label(), true,
                node -> isGroup(node) || Double.isNaN(values[node]) ? null : Double.toString(values[node]))));
        columns.add(new Column("groups", "Associated peer groups", false, this::groupsOf));
        return List.copyOf(columns);
    }

    /**
     * The attribute id of a metric's score. Prefixed because Gephi's own statistics write columns
     * such as {@code degree} and {@code clustering} of their own types, and fail on a clash.
     */
    static String scoreId(Metric metric) {
        return "score_" + metric.name().toLowerCase(Locale.ROOT);
    }

    private List<Column> declareEdgeColumns() {
        return List.of(
                new Column("relation", "Relation", false, edge -> relation(edge).name()),
                new Column("kinds", "Kinds of tie", false,
                        edge -> isTie(edge) ? labels(people.kinds(edge), KINDS) : null),
                new Column("sources", "Recorded by", false,
                        edge -> isTie(edge) ? labels(people.agencies(edge), AGENCIES) : null),
                new Column("confidence", "Confidence", false, this::confidence),
                new Column("since", "Since", false, edge -> {
                    LocalDate since = since(edge);
                    return since == null ? null : since.toString();
                }));
    }

    ExportedNetwork network() {
        return network;
    }

    int nodeCount() {
        return personCount + groupCount;
    }

    int edgeCount() {
        return tieCount + associationPerson.length + relationA.length;
    }

    List<Column> nodeColumns() {
        return nodeColumns;
    }

    List<Column> edgeColumns() {
        return edgeColumns;
    }

    boolean isGroup(int node) {
        return node >= personCount;
    }

    String nodeId(int node) {
        if (!isGroup(node)) {
            return XmlText.clean(shownIds == null ? people.id(node) : shownIds[node]);
        }
        String id = XmlText.clean(groups.id(node - personCount));
        return prefixGroupIds ? GROUP_PREFIX + id : id;
    }

    /** The node's display name, or {@code null}. */
    String label(int node) {
        if (isGroup(node)) {
            return XmlText.clean(groups.name(node - personCount));
        }
        String[] names = network.names();
        return names == null ? null : XmlText.clean(names[node]);
    }

    String edgeId(int edge) {
        return "e" + edge;
    }

    int source(int edge) {
        if (isTie(edge)) {
            return people.source(edge);
        }
        int a = edge - tieCount;
        if (a < associationPerson.length) {
            return associationPerson[a];
        }
        return personCount + relationA[a - associationPerson.length];
    }

    int target(int edge) {
        if (isTie(edge)) {
            return people.target(edge);
        }
        int a = edge - tieCount;
        if (a < associationGroup.length) {
            return personCount + associationGroup[a];
        }
        return personCount + relationB[a - associationGroup.length];
    }

    Relation relation(int edge) {
        if (isTie(edge)) {
            return Relation.KNOWS;
        }
        int a = edge - tieCount;
        return a < associationPerson.length ? Relation.ASSOCIATED_WITH : relationType[a - associationPerson.length];
    }

    /** When the edge began, or {@code null} when not recorded (it counts as always present). */
    LocalDate since(int edge) {
        if (isTie(edge)) {
            return people.sinceDate(edge);
        }
        int r = edge - tieCount - associationPerson.length;
        int day = r >= 0 ? relationSince[r]
                : groups.associationSince(associationPerson[r + associationPerson.length],
                        associationGroup[r + associationPerson.length]);
        return day == CompactGraph.SINCE_UNKNOWN ? null : LocalDate.ofEpochDay(day);
    }

    private boolean isTie(int edge) {
        return edge < tieCount;
    }

    private String confidence(int edge) {
        if (!isTie(edge)) {
            return null;
        }
        int ordinal = people.confidence(edge);
        return ordinal >= 0 && ordinal < CONFIDENCES.length ? CONFIDENCES[ordinal].label() : null;
    }

    private String groupsOf(int node) {
        if (isGroup(node) || membershipOffsets[node] == membershipOffsets[node + 1]) {
            return null;
        }
        StringBuilder ids = new StringBuilder();
        for (int i = membershipOffsets[node]; i < membershipOffsets[node + 1]; i++) {
            ids.append(i > membershipOffsets[node] ? ";" : "").append(nodeId(personCount + membershipGroups[i]));
        }
        return ids.toString();
    }

    /** The labels of the bits set in {@code mask}, joined with "; ", or {@code null} when none is set. */
    static String labels(int mask, Labelled[] values) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if ((mask & 1 << i) != 0) {
                joined.append(joined.isEmpty() ? "" : "; ").append(values[i].label());
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
