package org.contextmap.account;

import java.time.OffsetDateTime;
import java.util.Set;

import org.contextmap.base.Agency;
import org.contextmap.base.Role;

/**
 * Someone who may sign in, as an administrator sees them: never the password hash.
 *
 * @param schools the schools an education user is tied to ({@code *} for every school)
 */
public record UserAccount(String username, String displayName, Set<Role> roles, Set<String> schools,
                          boolean enabled, OffsetDateTime createdAt, String createdBy) {

    /** The agency shown beside the name: the first agency role, or the cross-agency role. */
    public String agencyLabel() {
        return roles.stream().filter(role -> role.agency() != null).map(Role::agency).map(Agency::label)
                .findFirst().orElseGet(() -> roles.stream().map(Role::label).sorted().findFirst().orElse("No role"));
    }
}
