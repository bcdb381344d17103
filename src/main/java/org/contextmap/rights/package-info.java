/**
 * A child's and a parent's rights over the record (UK GDPR arts. 15 and 16): the subject-access
 * export of everything held about one young person, with every other child's name and id
 * redacted, and the disputes, corrections and withdrawals of facts that children, parents and
 * agencies raise, kept beside the facts and never overwriting or deleting them (docs/rights.md);
 * in {@code ui}, the record page's section that lists them and raises one. It reads the other
 * features through their public services and puts the rectifications on the record through
 * {@code person.ProfileRectifications}.
 */
@ApplicationModule(displayName = "Rights: subject access and rectification",
        allowedDependencies = {"base", "person", "group", "place", "incident", "casework", "alert", "risk",
                "audit"})
package org.contextmap.rights;

import org.springframework.modulith.ApplicationModule;
