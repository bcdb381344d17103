/**
 * The audit trail: who read or changed a child's record, in what role, when, why and how (the
 * logging duty of the Data Protection Act 2018, s.62), kept in the database as an append-only hash
 * chain so that every application instance writes to the same trail and an edit shows. It listens
 * for the reads and changes that the person feature announces, writes them by group commit before
 * the read returns, and offers the trail to auditors, its check, and who-read reports for subject
 * access requests (docs/audit.md).
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {"base", "person"})
package org.contextmap.audit;

import org.springframework.modulith.ApplicationModule;
