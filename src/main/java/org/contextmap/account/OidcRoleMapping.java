package org.contextmap.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns the groups an identity provider puts in the ID token into ContextMap roles, by the table
 * in {@link OidcProperties#roles()}. A person in no mapped group gets no role and so sees nothing
 * but the login page's "you have no role" message: nobody gets access by default.
 */
class OidcRoleMapping implements GrantedAuthoritiesMapper {

    private final OidcProperties properties;

    OidcRoleMapping(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                List<String> groups = strings(oidc.getIdToken().getClaim(properties.groupsClaim()));
                properties.roles().forEach((role, granting) -> {
                    if (granting.stream().anyMatch(groups::contains)) {
                        mapped.add(new SimpleGrantedAuthority(Role.valueOf(role.toUpperCase()).authority()));
                    }
                });
                strings(oidc.getIdToken().getClaim(properties.schoolsClaim())).forEach(school ->
                        mapped.add(new SimpleGrantedAuthority(Viewer.SCHOOL_AUTHORITY + school)));
            }
        }
        return mapped;
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
