package org.contextmap.demo;

import java.time.LocalDate;
import org.contextmap.base.StartupOrder;
import org.contextmap.database.EmbeddedNeo4j;
import org.contextmap.exchange.Bundle;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.ImportReport;
import org.contextmap.person.PeopleQuery;
import org.contextmap.person.PersonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * On the first start of an empty embedded database, loads a synthetic city so that a newcomer
 * sees something real. Never on an external database (that is someone's real data), never
 * when the database already holds young people, and not with {@code --contextmap.demo=false}
 * (scripts and tests that load their own bundle).
 *
 * <p>In the web application the city loads in the background: the web server answers at once and
 * the screens show how far it is ({@link DemoCityStatus}). A command such as
 * {@code --risk-back-test} reads the city, so there it loads before the command runs. Stopping the
 * application while the city loads leaves a half-written import, which the import journal undoes
 * at the next start before the city loads again.
 */
@Component
@Order(StartupOrder.LOAD_DEMO_CITY)
class DemoCityLoader implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final PersonService people;
    private final BundleImporter importer;
    private final DemoCityStatus status;
    private final boolean inBackground;
    private final boolean enabled;
    private final int size;
    private volatile Thread worker;
    private volatile boolean stopping;

    DemoCityLoader(ObjectProvider<EmbeddedNeo4j> embedded, PersonService people, BundleImporter importer,
            DemoCityStatus status, ApplicationContext context, ApplicationArguments arguments,
            @Value("${contextmap.demo:true}") boolean enabled, @Value("${contextmap.demo-people:2000}") int size) {
        this.embedded = embedded;
        this.people = people;
        this.importer = importer;
        this.status = status;
        this.inBackground = context instanceof WebApplicationContext;
        this.enabled = enabled;
        this.size = size;
        if (wanted(arguments)) {
            // the web server may answer before run(): the screens say the city is coming rather than show nothing
            status.expected();
        }
    }

    private boolean wanted(ApplicationArguments args) {
        return enabled && !args.containsOption("import") && embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted(args) || people.count(new PeopleQuery(null, PeopleQuery.Sort.NAME, true, 0, 1)) > 0) {
            status.nothingToLoad();
            return;
        }
        log.info("Empty database: loading the demo city of Ashbury ({} young people, entirely synthetic){}", size,
                inBackground ? " in the background; the screens show how far it is" : "…");
        status.generating(size);
        if (inBackground) {
            Thread thread = new Thread(this::load, "demo-city");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        } else {
            load();
        }
    }

    private void load() {
        long started = System.nanoTime();
        try {
            Bundle bundle = DemoCityGenerator.generate(DemoCitySpec.of(size, LocalDate.now()));
            long rows = bundle.counts().values().stream().mapToLong(Integer::longValue).sum();
            if (stopping) {
                return;
            }
            status.writing(rows);
            ImportReport report = importer.importBundle(bundle, "demo city");
            if (report.status() != ImportReport.Status.IMPORTED) {
                throw new IllegalStateException("the import ended " + report.status() + ": "
                        + String.join("; ", report.errors()));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            status.loaded(report.rows(), millis);
            log.info("Demo city loaded: {} rows ({} nodes, {} relationships) in {} ms (generated and written). "
                    + "Start with --contextmap.demo=false for an empty database.", report.rows(),
                    report.changes().nodesCreated(), report.changes().relationshipsCreated(), millis);
        } catch (RuntimeException e) {
            if (stopping) {
                log.info("Demo city not loaded: the application stopped while writing it ({}). The next start undoes "
                        + "what was written and loads it again.", e.getMessage());
                return;
            }
            status.failed("The demo city could not be loaded: " + e.getMessage() + ". Nothing of it is kept (an "
                    + "import that fails is undone, at the latest on the next start). Start the application again to "
                    + "retry, or with --contextmap.demo=false for an empty database.");
            if (!inBackground) {
                throw e;
            }
            log.error("Demo city not loaded; the application runs on without it", e);
        }
    }

    /**
     * The application is stopping: a load still running is left to fail when the database closes.
     * It is not waited for (that would hold Ctrl-C for the rest of the import) nor interrupted (an
     * interrupt can close Neo4j's store files under it); the import journal undoes it at the next start.
     */
    @Override
    public void destroy() {
        Thread thread = worker;
        if (thread != null && thread.isAlive()) {
            stopping = true;
            status.stopped();
            log.info("Stopping while the demo city loads: the next start undoes what was written of it and loads it "
                    + "again.");
        }
    }

    /** Waits until a background load has ended (for tests). */
    void awaitBackgroundLoad() throws InterruptedException {
        Thread thread = worker;
        if (thread != null) {
            thread.join();
        }
    }
}
