package org.contextmap.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.contextmap.base.DisplayNamed;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;

/**
 * The frame around every screen: the name of the product, a search for a young person, peer
 * group or place, the navigation, and a reminder of how to read what is shown. The navigation is
 * built from the views' {@code @Menu} entries (the walking-skeleton pattern), so the layout imports
 * no view and shows only the views the signed-in role may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The route of the search results page (in the people feature, which can read groups and places). */
    public static final String SEARCH_ROUTE = "search";

    public MainLayout(AuthenticationContext signedIn) {
        var title = new H1("ContextMap");
        title.addClassName("cm-app-title");
        addToNavbar(new DrawerToggle(), title, search(signedIn), who(signedIn));

        var nav = new SideNav();
        nav.setLabel("Main navigation");
        nav.setId("main-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(item(entry));
        }
        var footer = new Footer(new Span("Associations and scores describe risk of harm, not guilt. "
                + "Every fact shows who recorded it and how sure they are."));
        footer.addClassName("cm-drawer-footer");
        addToDrawer(nav, footer);
        setPrimarySection(Section.DRAWER);
    }

    private static SideNavItem item(MenuEntry entry) {
        String icon = entry.icon();
        if (icon == null || !icon.contains(":")) {
            return new SideNavItem(entry.title(), entry.path());
        }
        String[] collectionAndName = icon.split(":", 2);
        return new SideNavItem(entry.title(), entry.path(), new Icon(collectionAndName[0], collectionAndName[1]));
    }

    /** One box for a name or an id: Enter lists the young people, groups and places that match. */
    private static Component search(AuthenticationContext signedIn) {
        var field = new TextField();
        field.setId("global-search");
        field.setPlaceholder("Find a young person, group or place");
        field.setAriaLabel("Find a young person, peer group or place by name or id");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setWidth("22em");
        field.addClassName("cm-global-search");
        field.setVisible(signedIn.isAuthenticated());
        field.addKeyPressListener(Key.ENTER, press -> {
            String text = field.getValue().strip();
            if (!text.isEmpty()) {
                field.getUI().ifPresent(ui -> ui.navigate(SEARCH_ROUTE, QueryParameters.simple(Map.of("q", text))));
            }
        });
        return field;
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
