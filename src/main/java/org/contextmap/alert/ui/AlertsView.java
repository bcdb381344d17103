package org.contextmap.alert.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertCode;
import org.contextmap.alert.AlertPriority;
import org.contextmap.alert.AlertService;
import org.contextmap.base.Agency;
import org.contextmap.base.ForbiddenException;

/**
 * Every practice alert open to the reader, most pressing first: filter by what the alert is, how
 * pressing, which agency's records it rests on, and whether decided ones are shown; decide from
 * the list. Each alert says the review it comes from and what to consider doing.
 */
@Route("alerts")
@PageTitle("Practice alerts · ContextMap")
@Menu(title = "Practice alerts", order = 4, icon = "vaadin:bell")
@PermitAll
public class AlertsView extends VerticalLayout {

    private final AlertService alerts;
    private final Select<AlertCode> code = new Select<>();
    private final Select<AlertPriority> priority = new Select<>();
    private final Select<Agency> agency = new Select<>();
    private final Checkbox decided = new Checkbox("Show decided alerts too");
    private final Span count = new Span();
    private final AlertGrid grid;

    public AlertsView(AlertService alerts) {
        this.alerts = alerts;
        setSizeFull();
        var heading = new H2("Practice alerts");
        var intro = new Paragraph("Each alert is a pattern that published case reviews say was missed. It advises: "
                + "a person decides, says why, and the decision is recorded with their name.");
        intro.addClassName("cm-provenance");
        code.setLabel("Alert");
        code.setId("alerts-code");
        code.setEmptySelectionAllowed(true);
        code.setEmptySelectionCaption("Every alert");
        code.setItems(AlertCode.values());
        code.setItemLabelGenerator(c -> c == null ? "Every alert" : c.label());
        priority.setLabel("Priority");
        priority.setEmptySelectionAllowed(true);
        priority.setEmptySelectionCaption("Any priority");
        priority.setItems(AlertPriority.values());
        priority.setItemLabelGenerator(p -> p == null ? "Any priority" : p.label());
        agency.setLabel("Resting on records of");
        agency.setEmptySelectionAllowed(true);
        agency.setEmptySelectionCaption("Any agency");
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(a -> a == null ? "Any agency" : a.label());
        count.setId("alerts-count");
        count.getElement().setAttribute("aria-live", "polite");
        grid = new AlertGrid(alerts, true, after -> refresh());
        grid.setId("alerts-grid");
        var filters = new FlexLayout(code, priority, agency, decided);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        code.addValueChangeListener(change -> refresh());
        priority.addValueChangeListener(change -> refresh());
        agency.addValueChangeListener(change -> refresh());
        decided.addValueChangeListener(change -> refresh());
        add(heading, intro, filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        try {
            List<Alert> found = alerts.alerts(null, new AlertService.Filter(code.getValue(), null, null,
                    agency.getValue(), decided.getValue(), priority.getValue()));
            grid.setItems(found);
            count.setText(found.isEmpty() ? "No alerts match: nothing here needs a decision."
                    : String.format("%,d alerts", found.size()));
        } catch (ForbiddenException refused) {
            grid.setVisible(false);
            count.setText(refused.getMessage());
        }
    }
}
