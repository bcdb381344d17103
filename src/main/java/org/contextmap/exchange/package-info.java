/**
 * The CSV bundle, in and out (docs/bundle-format.md): a partner's bundle is checked whole before
 * anything is written, every problem reported as {@code file:line: column: reason}, then written
 * in batches that an import journal makes all-or-nothing; the same format comes back as an
 * export. After an import it publishes {@link org.contextmap.exchange.BundleImported} so caches
 * and alerts catch up.
 */
@ApplicationModule(displayName = "CSV bundle exchange",
        allowedDependencies = {"base", "schema", "database", "person", "group", "place", "incident", "casework"})
package org.contextmap.exchange;

import org.springframework.modulith.ApplicationModule;
