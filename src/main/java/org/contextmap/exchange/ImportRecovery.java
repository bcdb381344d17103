package org.contextmap.exchange;

import org.contextmap.base.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, before anything else reads or writes data, undoes imports a dead process left half-written. */
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
        int undone = importer.recoverAbandonedImports(true);
        if (undone > 0) {
            log.warn("Undid {} import(s) left half-written by a process that stopped", undone);
        }
    }
}
