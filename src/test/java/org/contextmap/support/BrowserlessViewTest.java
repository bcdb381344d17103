package org.contextmap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import org.contextmap.base.Viewer;
import org.contextmap.exchange.BundleImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A view run on the server without a browser (Vaadin's browserless tests) over the test bundle,
 * signed in as the test's {@code @WithMockUser} with a purpose given for the session. Tagged
 * {@code browserless}: Maven runs these in a JVM of their own (see the pom's surefire executions).
 */
@IntegrationTest
@Tag("browserless")
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Autowired
    protected BundleImporter importer;

    @Autowired
    protected GraphTestSupport graph;

    @BeforeEach
    void loadTheTestBundleAndSignIn() {
        graph.clear();
        assertThat(importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false).errors()).isEmpty();
        var session = VaadinSession.getCurrent().getSession();
        session.setAttribute(Viewer.PURPOSE_ATTRIBUTE, "Weekly review");
        // Vaadin's security keeps the signed-in person in the HTTP session once any test has started its
        // security configuration; the mock user is put there too, so navigation sees them whatever ran before.
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
    }
}
