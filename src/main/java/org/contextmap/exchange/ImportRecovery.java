package org.contextmap.exchange;

import org.contextmap.base.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, before anything else reads or writes data, undoes imports a dead process left
 * half-written, and logs what it found (each import's id, state, start and last sign of life) and
 * what it undid (nodes and relationships deleted, records written back), so that an administrator
 * reading the log after a crash knows what happened without opening the database.
 */
@Component
@Order(StartupOrder.RECOVER_IMPORTS)
class ImportRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final BundleImporter importer;

    ImportRecovery(BundleImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int undone = importer.recoverAbandonedImports(true);
        if (undone > 0) {
            log.warn("Import recovery: {} import(s) left unfinished by a process that stopped were found and undone in {} ms; "
                    + "the data is as it was before each of them", undone, (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("Import recovery: no import was left unfinished; nothing to undo");
        }
    }
}
