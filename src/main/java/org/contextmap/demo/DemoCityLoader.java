package org.contextmap.demo;

import java.time.LocalDate;
import org.contextmap.database.EmbeddedNeo4j;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.ImportReport;
import org.contextmap.person.PeopleQuery;
import org.contextmap.person.PersonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty embedded database, loads a synthetic city so that a newcomer
 * sees something real. Never on an external database (that is someone's real data), never
 * when the database already holds young people, and not with {@code --contextmap.demo=false}
 * (scripts and tests that load their own bundle).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100) // before commands that read the city
class DemoCityLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final PersonService people;
    private final BundleImporter importer;
    private final boolean enabled;
    private final int size;

    DemoCityLoader(ObjectProvider<EmbeddedNeo4j> embedded, PersonService people, BundleImporter importer,
            @Value("${contextmap.demo:true}") boolean enabled, @Value("${contextmap.demo-people:2000}") int size) {
        this.embedded = embedded;
        this.people = people;
        this.importer = importer;
        this.enabled = enabled;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || args.containsOption("import") || embedded.getIfAvailable() == null) {
            return;
        }
        if (people.count(new PeopleQuery(null, PeopleQuery.Sort.NAME, true, 0, 1)) > 0) {
            return;
        }
        log.info("Empty database: loading the demo city of Ashbury ({} young people, entirely synthetic)…", size);
        long started = System.nanoTime();
        var bundle = DemoCityGenerator.generate(DemoCitySpec.of(size, LocalDate.now()));
        ImportReport report = importer.importBundle(bundle, "demo city");
        log.info("Demo city loaded: {} rows in {} ms (generated and written). Start with --contextmap.demo=false "
                + "for an empty database.", report.rows(), (System.nanoTime() - started) / 1_000_000);
    }
}
