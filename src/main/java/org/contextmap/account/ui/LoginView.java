package org.contextmap.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The one page a person who is not signed in can reach. It says what the system holds and that
 * every read is recorded with its purpose, before anyone types a password. A partnership that
 * signs in through its identity provider (OpenID Connect) gets a button for it here.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in · ContextMap")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "login";
    public static final String PATH = "/" + ROUTE;

    private final LoginForm form = new LoginForm();

    public LoginView(ObjectProvider<ClientRegistrationRepository> providers) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("cm-login");

        var title = new H1("ContextMap");
        var purpose = new Paragraph("Contextual safeguarding for the partnership: young people, peer groups, places "
                + "and incidents in one picture. It holds information about children. Every record you open is "
                + "recorded with your name and the reason you give.");
        purpose.setMaxWidth("32em");

        LoginI18n words = LoginI18n.createDefault();
        words.getForm().setTitle("Sign in");
        words.getForm().setUsername("User name");
        words.getErrorMessage().setTitle("Not signed in");
        words.getErrorMessage().setMessage("The user name or password is wrong, or the account is locked for a "
                + "while after too many wrong passwords. Ask your administrator if it keeps happening.");
        words.setAdditionalInformation(null);
        form.setI18n(words);
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        add(title, purpose, form);

        if (providers.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            for (ClientRegistration registration : registrations) {
                var provider = new Anchor("/oauth2/authorization/" + registration.getRegistrationId(),
                        "Sign in with " + registration.getClientName());
                provider.setRouterIgnore(true);
                add(provider);
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
