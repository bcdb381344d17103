package org.contextmap.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.contextmap.account.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two ways in, and nothing open besides the login page, static assets and the health check
 * (docs/access.md, docs/operations.md):
 * <ol>
 *   <li>{@code /api/**} and the error page: HTTP Basic for scripts, stateless, no CSRF token (no
 *       cookies are used), 401/403 in the API's JSON shape;</li>
 *   <li>everything else: the Vaadin screens behind the login view, with Vaadin's own CSRF
 *       protection, and OpenID Connect when a provider is configured.</li>
 * </ol>
 * What each role may see is decided in the services (they ask {@code Viewer.current()}); the
 * address rules here are a second fence for the whole-database operations.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Vaadin needs inline styles and its bootstrap scripts; nothing may frame the app. */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The Actuator's addresses ({@code /actuator/**}): health and its readiness and liveness groups
     * are open, because load balancers and orchestrators probe them without credentials, and say
     * UP or DOWN only (the details are for ADMIN); metrics and everything else are for ADMIN,
     * over HTTP Basic like the API.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ApiSignInResponses responses,
                                   ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .addFilterAfter(capture(strategies), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole("ADMIN"));
        return statelessBasic(http, responses);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiSignInResponses responses,
                            ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
        http.securityMatcher("/api/**", "/error")
                .addFilterAfter(capture(strategies), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the error page a failed request is forwarded to answers in the API's JSON shape
                        .requestMatchers("/error").permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/imports").hasRole("ADMIN")
                        .requestMatchers("/api/export/csv").hasRole("ADMIN")
                        .anyRequest().authenticated());
        return statelessBasic(http, responses);
    }

    @Bean
    @Order(2)
    SecurityFilterChain screens(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
                                OidcProperties oidc, ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        http.headers(headers -> secureHeaders(headers, UI_POLICY));
        http.addFilterAfter(capture(strategies), AnonymousAuthenticationFilter.class);
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(LoginView.PATH)
                    .userInfoEndpoint(info -> info.userAuthoritiesMapper(new OidcRoleMapping(oidc))));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** An address the firewall refuses (an encoded slash, {@code //}, a control character) gets the API's 400. */
    @Bean
    RequestRejectedHandler refusedAddresses(ApiSignInResponses responses) {
        return responses::rejected;
    }

    /** What the API and the Actuator share: HTTP Basic with JSON refusals, no session, no CSRF token, no cookies. */
    private static SecurityFilterChain statelessBasic(HttpSecurity http, ApiSignInResponses responses)
            throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(responses))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> secureHeaders(headers, API_POLICY))
                .build();
    }

    /** The holder strategy this context's chains use: its bean (Vaadin's), as Spring Security itself picks it. */
    private static ViewerCapture capture(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        return new ViewerCapture(strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy));
    }

    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
