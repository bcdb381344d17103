package org.contextmap.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
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
public class MainLayout extends AppLayout {

    public MainLayout() {
        var title = new H1("ContextMap");
        title.addClassName("cm-app-title");
        addToNavbar(new DrawerToggle(), title);

        var nav = new SideNav();
        nav.setLabel("Main navigation");
        nav.addItem(new SideNavItem("Young people", "", VaadinIcon.USERS.create()));
        var footer = new Footer(new Span("Associations and scores describe risk of harm, not guilt. "
                + "Every fact shows who recorded it and how sure they are."));
        footer.addClassName("cm-drawer-footer");
        addToDrawer(nav, footer);
        setPrimarySection(Section.DRAWER);
    }
}
