package org.contextmap.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The people list: search by name or id whatever the case, sort, page. */
@IntegrationTest
class PeopleSearchTest {

    @Autowired
    PersonService people;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @BeforeEach
    void load() {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
    }

    private List<String> names(String text, PeopleQuery.Sort sort, boolean ascending, int offset, int limit) {
        return people.search(new PeopleQuery(text, sort, ascending, offset, limit)).stream().map(PersonSummary::name)
                .toList();
    }

    @Test
    void searchesNameAndIdIgnoringCase() {
        assertThat(names("HASSAN", PeopleQuery.Sort.NAME, true, 0, 10)).containsExactly("Amira Hassan", "Yusuf Hassan");
        assertThat(names("yp3", PeopleQuery.Sort.NAME, true, 0, 10)).containsExactly("Kai \"KJ\" Johnson");
        assertThat(people.count(new PeopleQuery("hassan", PeopleQuery.Sort.NAME, true, 0, 0))).isEqualTo(2);
        assertThat(people.count(new PeopleQuery(" ", PeopleQuery.Sort.NAME, true, 0, 0))).isEqualTo(3);
    }

    @Test
    void sortsByNameAgeAndHomeAreaAndPages() {
        assertThat(names(null, PeopleQuery.Sort.NAME, false, 0, 10))
                .containsExactly("Yusuf Hassan", "Kai \"KJ\" Johnson", "Amira Hassan");
        assertThat(names(null, PeopleQuery.Sort.AGE, true, 0, 10)).as("youngest first")
                .containsExactly("Amira Hassan", "Kai \"KJ\" Johnson", "Yusuf Hassan");
        // HA-1 is a location named Northgate; HA-2 is not a location and sorts by its id
        assertThat(names(null, PeopleQuery.Sort.HOME_AREA, true, 0, 10))
                .containsExactly("Kai \"KJ\" Johnson", "Amira Hassan", "Yusuf Hassan");
        assertThat(people.search(new PeopleQuery(null, PeopleQuery.Sort.HOME_AREA, true, 0, 10)))
                .extracting(PersonSummary::homeArea).containsExactly("HA-2", "Northgate", "Northgate");
        assertThat(names(null, PeopleQuery.Sort.NAME, true, 1, 1)).containsExactly("Kai \"KJ\" Johnson");
    }

    @Test
    void countsHowOftenEachWasAVictim() {
        assertThat(people.search(new PeopleQuery("YP1", PeopleQuery.Sort.NAME, true, 0, 1)).getFirst().incidentsAsVictim())
                .isEqualTo(2);
    }
}
