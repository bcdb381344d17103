/**
 * Retention: nobody stays on a list for ever. Erases the record of a young person who has turned 25
 * with nothing recorded about them for six years, and incidents, education events, referrals and
 * meetings older than seven years (every period in {@code contextmap.retention.*},
 * docs/retention.md); each erased person is written to the audit trail. A daily job, the command
 * {@code --retention-run}, and {@code GET /api/retention} (what would go today) and
 * {@code POST /api/retention/run}. After a run the analytics catch up as after an import.
 */
@ApplicationModule(displayName = "Retention",
        allowedDependencies = {"base", "schema", "database", "audit", "exchange"})
package org.contextmap.retention;

import org.springframework.modulith.ApplicationModule;
