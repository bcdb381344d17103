/**
 * The audit trail: who read a child's record, when and how, kept in the database so that every
 * application instance writes to the same trail. It listens for the reads that the person
 * feature announces.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {"base", "person"})
package org.contextmap.audit;

import org.springframework.modulith.ApplicationModule;
