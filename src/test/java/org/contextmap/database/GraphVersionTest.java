package org.contextmap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** What each version changed, as recorded beside the data version, and when that record cannot be trusted. */
@IntegrationTest
class GraphVersionTest {

    @Autowired
    GraphVersion versions;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    Neo4jClient neo4j;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void theChangesBetweenTwoVersionsAreTakenTogether() {
        long start = versions.current();
        versions.bump(GraphVersion.Change.of(Set.of("YP1"), Set.of("I1"), List.of("incidents.csv"), false));
        long end = versions.bump(GraphVersion.Change.of(Set.of("YP2"), Set.of(), List.of("referrals.csv"), false));

        GraphVersion.Change change = versions.changesBetween(start, end).orElseThrow();
        assertThat(change.people()).containsExactlyInAnyOrder("YP1", "YP2");
        assertThat(change.incidents()).containsExactly("I1");
        assertThat(change.files()).containsExactlyInAnyOrder("incidents.csv", "referrals.csv");
        assertThat(change.network()).isFalse();
        assertThat(change.everything()).isFalse();
        assertThat(versions.changesBetween(end, end).orElseThrow().people()).isEmpty();
    }

    @Test
    void aChangeToTheNetworkOrToEverythingMarksTheWhole() {
        long start = versions.current();
        versions.bump(GraphVersion.Change.of(Set.of("YP1"), Set.of(), List.of("relationships.csv"), true));
        long end = versions.bump(GraphVersion.Change.of(Set.of("YP2"), Set.of(), List.of(), false));
        assertThat(versions.changesBetween(start, end).orElseThrow().network()).isTrue();

        long unknown = versions.bump();
        GraphVersion.Change everything = versions.changesBetween(end, unknown).orElseThrow();
        assertThat(everything.everything()).isTrue();
        assertThat(everything.network()).as("everything includes the network").isTrue();

        Set<String> many = Set.copyOf(IntStream.range(0, GraphVersion.Change.LARGEST_RECORDED + 1)
                .mapToObj(i -> "YP" + i).toList());
        assertThat(GraphVersion.Change.of(many, Set.of(), List.of(), false).everything())
                .as("too many records to be worth listing").isTrue();
    }

    @Test
    void aVersionWithoutItsRecordSaysNothing() {
        long start = versions.current();
        long missing = versions.bump(GraphVersion.Change.of(Set.of("YP1"), Set.of(), List.of(), false));
        long end = versions.bump(GraphVersion.Change.of(Set.of("YP2"), Set.of(), List.of(), false));
        neo4j.query("MATCH (c:DataChange {version: $v}) DELETE c").bind(missing).to("v").run();

        assertThat(versions.changesBetween(start, end)).isEmpty();
        assertThat(versions.changesBetween(missing, end)).isPresent();
        assertThat(versions.changesBetween(end, start)).as("the data were replaced").isEmpty();
    }

    @Test
    void onlyTheLastVersionsAreKept() {
        long start = versions.current();
        long end = start;
        for (int i = 0; i <= GraphVersion.KEPT; i++) {
            end = versions.bump(GraphVersion.Change.of(Set.of("YP" + i), Set.of(), List.of(), false));
        }
        assertThat(versions.changesBetween(start, end)).as("further behind than what is kept").isEmpty();
        assertThat(versions.changesBetween(end - GraphVersion.KEPT + 1, end)).isPresent();
        assertThat(graph.count("MATCH (c:DataChange) RETURN count(c)")).isLessThanOrEqualTo(GraphVersion.KEPT);
    }
}
