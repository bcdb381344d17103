package org.contextmap.network.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.person.RelationshipKind;
import org.junit.jupiter.api.Test;

class CompactGraphTest {

    private static final int FRIEND = RelationshipKind.FRIEND.ordinal();
    private static final int CO_OFFENDER = RelationshipKind.CO_OFFENDER.ordinal();

    @Test
    void rowsAreSortedAndEveryPairIsOneEdge() {
        CompactGraphBuilder builder = CompactGraph.builder(new String[] {"c", "a", "b", "d", "a"});
        builder.add("c", "a", FRIEND, 0, 0, CompactGraph.SINCE_UNKNOWN, 1);
        builder.add("a", "c", CO_OFFENDER, 1, 1, CompactGraph.SINCE_UNKNOWN, 1);
        builder.add("d", "a", FRIEND, 0, 0, CompactGraph.SINCE_UNKNOWN, 1);
        builder.add("b", "b", FRIEND, 0, 0, CompactGraph.SINCE_UNKNOWN, 1);
        assertThat(builder.add("a", "nobody", FRIEND, 0, 0, CompactGraph.SINCE_UNKNOWN, 1)).isFalse();

        CompactGraph graph = builder.build();

        assertThat(graph.size()).as("duplicate ids merged").isEqualTo(4);
        assertThat(graph.edgeCount()).as("the self-tie is dropped, the two a-c facts are one edge").isEqualTo(2);
        int a = graph.vertex("a");
        assertThat(graph.id(a)).isEqualTo("a");
        assertThat(graph.degree(a)).isEqualTo(2);
        int[] row = Arrays.copyOfRange(graph.neighbours(), graph.offsets()[a], graph.offsets()[a + 1]);
        assertThat(row).containsExactly(graph.vertex("c"), graph.vertex("d"));
        int ac = graph.edge(a, graph.vertex("c"));
        assertThat(graph.edge(graph.vertex("c"), a)).isEqualTo(ac);
        assertThat(graph.kinds(ac)).isEqualTo(1 << FRIEND | 1 << CO_OFFENDER);
        assertThat(graph.agencies(ac)).isEqualTo(0b11);
        assertThat(graph.confidence(ac)).isZero();
        assertThat(graph.edge(a, graph.vertex("b"))).isEqualTo(-1);
        assertThat(graph.vertex("nobody")).isEqualTo(-1);
    }

    @Test
    void aPastDayKnowsOnlyTheFactsRecordedAsBegunByThen() {
        CompactGraphBuilder builder = CompactGraph.builder(new String[] {"amira", "kai", "yusuf"});
        builder.add("amira", "kai", FRIEND, Agency.YOUNG_PERSON.ordinal(), Confidence.POSSIBLE.ordinal(),
                day(2020, 5, 1), 1);
        builder.add("amira", "kai", CO_OFFENDER, Agency.POLICE.ordinal(), Confidence.CONFIRMED.ordinal(),
                day(2025, 3, 1), 1);
        builder.add("amira", "yusuf", FRIEND, Agency.SOCIAL_CARE.ordinal(), -1, CompactGraph.SINCE_UNKNOWN, 1);
        CompactGraph today = builder.build();

        CompactGraph in2022 = today.knownOn(LocalDate.of(2022, 1, 1));
        int pair = in2022.edge(in2022.vertex("amira"), in2022.vertex("kai"));
        assertThat(in2022.kinds(pair)).as("only friends in 2022").isEqualTo(1 << FRIEND);
        assertThat(in2022.agencies(pair)).isEqualTo(1 << Agency.YOUNG_PERSON.ordinal());
        assertThat(in2022.confidence(pair)).isEqualTo(Confidence.POSSIBLE.ordinal());
        assertThat(in2022.sinceDate(pair)).isEqualTo(LocalDate.of(2020, 5, 1));

        CompactGraph in2019 = today.knownOn(LocalDate.of(2019, 1, 1));
        assertThat(in2019.edgeCount()).as("only the undated tie").isEqualTo(1);
        assertThat(in2019.edge(in2019.vertex("amira"), in2019.vertex("yusuf"))).isNotNegative();

        assertThat(today.knownOn(LocalDate.of(2026, 1, 1))).as("everything known: the same graph").isSameAs(today);
        int now = today.edge(today.vertex("amira"), today.vertex("kai"));
        assertThat(today.kinds(now)).isEqualTo(1 << FRIEND | 1 << CO_OFFENDER);
        assertThat(today.confidence(now)).isEqualTo(Confidence.CONFIRMED.ordinal());
    }

    @Test
    void anInducedSubgraphKeepsTheTiesBetweenItsVertices() {
        CompactGraph barbell = TestGraphs.barbell(3);

        CompactGraph left = barbell.induced(new int[] {0, 1, 2});

        assertThat(left.size()).isEqualTo(3);
        assertThat(left.edgeCount()).isEqualTo(3);
        assertThat(left.id(0)).isEqualTo(barbell.id(0));
    }

    private static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }
}
