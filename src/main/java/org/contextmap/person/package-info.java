/**
 * Young people: their details, families and family history, the ties between them (friend,
 * sibling, co-offender …, each with who recorded it and how sure they are), the one record of a
 * child that gathers every feature's facts into a chronology, and the announcement of every read
 * of that record to the audit trail. {@code ui} holds the list of young people and the record page.
 */
@ApplicationModule(displayName = "Young people",
        allowedDependencies = {"base", "database", "group", "place", "incident", "casework"})
package org.contextmap.person;

import org.springframework.modulith.ApplicationModule;
