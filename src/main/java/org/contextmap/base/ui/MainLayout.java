package org.contextmap.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.contextmap.base.DisplayNamed;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/**
 * The frame around every screen: the name of the product, the navigation, and a reminder of
 * how to read what is shown.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext signedIn) {
        var title = new H1("ContextMap");
        title.addClassName("cm-app-title");
        addToNavbar(new DrawerToggle(), title, who(signedIn));

        var nav = new SideNav();
        nav.setLabel("Main navigation");
        nav.addItem(new SideNavItem("Young people", "", VaadinIcon.USERS.create()));
        var footer = new Footer(new Span("Associations and scores describe risk of harm, not guilt. "
                + "Every fact shows who recorded it and how sure they are."));
        footer.addClassName("cm-drawer-footer");
        addToDrawer(nav, footer);
        setPrimarySection(Section.DRAWER);
    }

    /** The signed-in person's name and agency, the purpose they gave, and the way out. */
    private static Component who(AuthenticationContext signedIn) {
        var box = new HorizontalLayout();
        box.addClassName("cm-signed-in");
        box.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!signedIn.isAuthenticated()) {
            return box;
        }
        Viewer viewer = Viewer.current();
        String name = signedIn.getAuthenticatedUser(Object.class)
                .map(principal -> principal instanceof DisplayNamed named ? named.displayName() : null)
                .orElseGet(() -> viewer.user() + " (" + viewer.roles().stream().map(Role::label).sorted()
                        .findFirst().orElse("no role") + ")");
        var person = new Span(name);
        person.setId("signed-in-user");
        person.getElement().setAttribute("title", viewer.purpose() == null ? "" : "Purpose: " + viewer.purpose());
        var out = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> signedIn.logout());
        out.setId("sign-out");
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(person, out);
        return box;
    }
}
