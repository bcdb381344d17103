package org.contextmap.account;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an identity provider's groups become ContextMap roles (docs/access.md, "Signing in with
 * OpenID Connect"). The provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} and {@code …provider.*} properties.
 *
 * @param groupsClaim  the ID-token claim that lists the user's groups ({@code groups} for Entra ID
 *                     and Keycloak with a group mapper)
 * @param schoolsClaim the claim that lists an education user's school ids, if the provider sends one
 * @param roles        role name → the provider's group names or ids that grant it, e.g.
 *                     {@code contextmap.oidc.roles.POLICE=cm-police,3f2a…}
 */
@ConfigurationProperties("contextmap.oidc")
record OidcProperties(String groupsClaim, String schoolsClaim, Map<String, List<String>> roles) {

    OidcProperties {
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        schoolsClaim = schoolsClaim == null || schoolsClaim.isBlank() ? "schools" : schoolsClaim;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }
}
