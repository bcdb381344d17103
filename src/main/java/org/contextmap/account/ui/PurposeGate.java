package org.contextmap.account.ui;

import java.util.Map;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.contextmap.base.Viewer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in person to {@link PurposeView} before any other screen until they have said why
 * they are here, then on to where they were going: no record is shown, and so no read is audited,
 * without a purpose.
 */
@Component
class PurposeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent service) {
        service.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || target == PurposeView.class || !signedIn()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession().getAttribute(Viewer.PURPOSE_ATTRIBUTE) == null) {
            String path = "/" + event.getLocation().getPathWithQueryParameters();
            event.rerouteTo(PurposeView.ROUTE, QueryParameters.simple(Map.of("continue", path)));
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
