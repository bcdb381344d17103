/**
 * Backup and restore: a logical copy of everything ContextMap holds — every record, alert
 * decisions, users, the audit chain, the pseudonym key, the import journal, the data version —
 * written while the application runs ({@code POST /api/backups}, a daily job, or
 * {@code --backup=FILE}) and read back into an empty store with {@code --restore=FILE}
 * (docs/operations.md, "Backup" and "Restore").
 */
@ApplicationModule(displayName = "Backup and restore",
        allowedDependencies = {"base", "schema", "database", "exchange", "person"})
package org.contextmap.backup;

import org.springframework.modulith.ApplicationModule;
