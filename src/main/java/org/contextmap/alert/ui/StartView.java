package org.contextmap.alert.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertPriority;
import org.contextmap.alert.AlertService;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;

/**
 * The signed-in person's start page: the alerts that ask for a response soonest, to decide from
 * here. A school's safeguarding lead lands on their school's location-risk view instead, and an
 * analyst, who opens no records, on the network explorer.
 */
@Route("")
@PageTitle("Start · ContextMap")
@Menu(title = "Start", order = 1, icon = "vaadin:home")
@PermitAll
public class StartView extends VerticalLayout implements BeforeEnterObserver {

    static final int SHOWN = 15;

    private final AlertService alerts;

    public StartView(AlertService alerts) {
        this.alerts = alerts;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Viewer viewer = Viewer.current();
        if (viewer.roles().equals(java.util.Set.of(Role.EDUCATION)) && viewer.schools().size() == 1
                && !viewer.schools().contains(Viewer.ALL_SCHOOLS)) {
            event.forwardTo("schools/" + viewer.schools().iterator().next());
            return;
        }
        removeAll();
        var heading = new H2("Your start page");
        heading.setId("start-heading");
        add(heading);
        if (!NeedToKnow.sees(viewer, NeedToKnow.Fact.ALERTS)) {
            add(new Paragraph("Your role does not see practice alerts. Use the navigation: the network explorer, "
                    + "hotspots and tensions are open to you as your role allows."), new Anchor("network", "Open the network explorer"));
            return;
        }
        List<Alert> pressing = alerts.alerts(null, new AlertService.Filter(null, null, null, null, false)).stream()
                .filter(a -> a.priority() != AlertPriority.ROUTINE).limit(SHOWN).toList();
        add(new H3("Alerts that ask for a response soonest"));
        if (pressing.isEmpty()) {
            add(new Paragraph("No urgent or high-priority alert is open. Routine ones are on the alerts page."));
        } else {
            var grid = new AlertGrid(alerts, true, after -> event.getUI().getPage().reload());
            grid.setId("start-alerts");
            grid.setItems(pressing);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        add(new Anchor("alerts", "All practice alerts"));
        var actions = new Paragraph("Your actions from safety plans and meetings will be listed here once safety "
                + "planning is in use.");
        actions.addClassName("cm-provenance");
        add(new H3("Your actions"), actions);
    }
}
