package org.contextmap.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every MockMvc request of an integration test is made by an administrator who gave a purpose,
 * unless the test says otherwise: a test's own {@code .with(user(…))}, {@code .with(anonymous())}
 * or {@code X-Purpose} header replaces these (the access tests do exactly that).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInRequests {

    public static final String PURPOSE = "Automated test";

    @Bean
    MockMvcBuilderCustomizer signedInAsAdministrator() {
        return builder -> builder.defaultRequest(get("/").with(user("admin").roles("ADMIN"))
                .header("X-Purpose", PURPOSE));
    }
}
