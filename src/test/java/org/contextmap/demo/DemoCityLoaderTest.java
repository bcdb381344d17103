package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.contextmap.base.DataLoading;
import org.contextmap.base.DataLoading.State;
import org.contextmap.database.EmbeddedNeo4j;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.person.PeopleQuery;
import org.contextmap.person.PersonService;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The demo city on a first start: in the web application it loads in the background and its
 * status moves from "about to start" through writing to loaded; a command waits for it; a
 * database that holds young people, or an import command, gets none.
 */
@IntegrationTest
class DemoCityLoaderTest {

    private static final int PEOPLE = DemoCitySpec.MIN_PEOPLE;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Autowired
    PersonService people;

    @Autowired
    BundleImporter importer;

    @Autowired
    ApplicationContext webContext;

    @Autowired
    GraphTestSupport graph;

    @BeforeEach
    @AfterEach
    void empty() {
        graph.clear();
    }

    private DemoCityLoader loader(DemoCityStatus status, ApplicationContext context, String... args) {
        return new DemoCityLoader(embedded, people, importer, status, context, new DefaultApplicationArguments(args),
                true, PEOPLE);
    }

    private long youngPeople() {
        return people.count(new PeopleQuery(null, PeopleQuery.Sort.NAME, true, 0, 0));
    }

    @Test
    void inTheWebApplicationTheCityLoadsInTheBackgroundAndTheStatusFollowsIt() throws Exception {
        DemoCityStatus status = new DemoCityStatus(embedded);
        List<DataLoading.Progress> seen = new ArrayList<>();
        DemoCityLoader loader = loader(status, webContext);
        assertThat(status.progress().state()).as("before the runner").isEqualTo(State.NOT_STARTED);
        assertThat(status.progress().loading()).isTrue();

        loader.run(new DefaultApplicationArguments());
        seen.add(status.progress());
        loader.awaitBackgroundLoad();
        seen.add(status.progress());

        assertThat(seen.getFirst().state()).as("just after the runner").isIn(State.PREPARING, State.WRITING, State.LOADED);
        assertThat(seen.getLast().state()).isEqualTo(State.LOADED);
        assertThat(seen.getLast().percent()).isEqualTo(100);
        assertThat(youngPeople()).isEqualTo(PEOPLE);

        DemoCityStatus again = new DemoCityStatus(embedded);
        loader(again, webContext).run(new DefaultApplicationArguments());
        assertThat(again.progress().state()).as("the next start keeps what is there").isEqualTo(State.NOTHING_TO_LOAD);
        assertThat(youngPeople()).isEqualTo(PEOPLE);
    }

    @Test
    void aCommandWaitsForTheCityBeforeItRuns() {
        DemoCityStatus status = new DemoCityStatus(embedded);
        try (var commandContext = new GenericApplicationContext()) {
            loader(status, commandContext).run(new DefaultApplicationArguments("--risk-back-test"));
        }
        assertThat(status.progress().state()).isEqualTo(State.LOADED);
        assertThat(youngPeople()).isEqualTo(PEOPLE);
    }

    @Test
    void anImportCommandGetsNoCity() {
        DemoCityStatus status = new DemoCityStatus(embedded);
        String[] args = {"--import=bundle"};
        DemoCityLoader loader = loader(status, webContext, args);
        assertThat(status.progress().loading()).isFalse();
        loader.run(new DefaultApplicationArguments(args));
        assertThat(status.progress().state()).isEqualTo(State.NOTHING_TO_LOAD);
        assertThat(youngPeople()).isZero();
    }
}
