package org.contextmap.network.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contextmap.network.export.ExportFixtures.person;

import java.time.LocalDate;
import java.util.Map;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.graph.TestGraphs;
import org.contextmap.person.RelationshipKind;
import org.junit.jupiter.api.Test;

class ExportLayoutTest {

    @Test
    void groupIdsThatClashWithPersonIdsArePrefixed() {
        ExportedNetwork network = ExportFixtures.network(ExportFixtures.people(), person(1), "g2");
        ExportLayout layout = new ExportLayout(network);

        assertThat(layout.nodeId(5 + network.groups().group(person(1))))
                .isEqualTo(ExportLayout.GROUP_PREFIX + person(1));
        assertThat(layout.nodeId(5 + network.groups().group("g2"))).isEqualTo(ExportLayout.GROUP_PREFIX + "g2");
        assertThat(layout.nodeId(1)).isEqualTo(person(1));
        assertThat(layout.nodeColumns().stream().filter(c -> c.id().equals("groups")).findFirst().orElseThrow()
                .value().apply(0)).isEqualTo(ExportLayout.GROUP_PREFIX + person(1));
    }

    @Test
    void conflictAndAllianceBetweenTheSameGroupsAreTwoEdgesWithoutADate() {
        CompactGraph people = TestGraphs.of(2, 0, 1);
        GroupNetwork groups = GroupNetwork.builder(new String[] {"a", "b"}, new String[] {"A", "B"}, people)
                .relation("a", "b", GroupLink.CONFLICT, LocalDate.of(2024, 1, 1))
                .relation("a", "b", GroupLink.ALLIANCE, LocalDate.of(2025, 1, 1))
                .build();

        ExportLayout layout = new ExportLayout(new ExportedNetwork(people, null, null, groups, null, null));

        assertThat(layout.edgeCount()).isEqualTo(1 + 2);
        assertThat(layout.relation(1)).isEqualTo(Relation.IN_CONFLICT_WITH);
        assertThat(layout.relation(2)).isEqualTo(Relation.ALLIED_WITH);
        assertThat(layout.since(1)).isNull();
        assertThat(layout.since(2)).isNull();
    }

    @Test
    void aConflictBetweenGroupsThatShareAnAssociateHasNoDate() {
        CompactGraph people = TestGraphs.of(2, 0, 1);
        GroupNetwork groups = GroupNetwork.builder(new String[] {"a", "b"}, new String[] {"A", "B"}, people)
                .relation("a", "b", GroupLink.CONFLICT, LocalDate.of(2024, 1, 1))
                .association(TestGraphs.name(0), "a", null)
                .association(TestGraphs.name(0), "b", null)
                .build();

        ExportLayout layout = new ExportLayout(new ExportedNetwork(people, null, null, groups, null, null));

        assertThat(layout.edgeCount()).isEqualTo(1 + 2 + 1);
        assertThat(layout.relation(3)).isEqualTo(Relation.IN_CONFLICT_WITH);
        assertThat(layout.since(3)).isNull();
    }

    @Test
    void onlyRelationsKnownOnTheDayAreExported() {
        ExportedNetwork network = ExportFixtures.network();
        ExportedNetwork before = new ExportedNetwork(network.people(), network.names(), network.scores(),
                network.groups(), null, LocalDate.of(2024, 5, 1));

        ExportLayout layout = new ExportLayout(before);

        assertThat(layout.edgeCount()).as("3 ties, v00001's undated association, v00003's from 2024-01-01")
                .isEqualTo(3 + 2);
    }

    @Test
    void inputsOfTheWrongSizeAreRefused() {
        CompactGraph people = TestGraphs.path(3);

        assertThatThrownBy(() -> new ExportedNetwork(people, new String[2], null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportedNetwork(people, null, Map.of(Metric.DEGREE, new double[4]), null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bitmasksBecomeLabelsInEnumOrder() {
        assertThat(ExportLayout.labels(0b10001, RelationshipKind.values()))
                .isEqualTo("Friend; Co-offender");
        assertThat(ExportLayout.labels(0, RelationshipKind.values())).isNull();
    }
}
