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
import java.time.LocalDate;
import java.util.List;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertCode;
import org.contextmap.alert.AlertPriority;
import org.contextmap.alert.AlertService;
import org.contextmap.base.Agency;
import org.contextmap.base.ForbiddenException;

/**
 * Every practice alert open to the reader, most pressing first: filter by what the alert is, how
 * pressing, which agency's records it rests on, how long ago it was raised and whether decided
 * ones are shown — the filters combine, and the count says how many match; decide from the list. Each alert says the review it comes from and what to consider doing.
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
    private final Select<AlertAge> age = new Select<>();
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
        age.setLabel("Raised");
        age.setId("alerts-age");
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption("At any time");
        age.setItems(AlertAge.values());
        age.setItemLabelGenerator(a -> a == null ? "At any time" : a.label());
        count.setId("alerts-count");
        count.getElement().setAttribute("aria-live", "polite");
        grid = new AlertGrid(alerts, true, after -> refresh());
        grid.setId("alerts-grid");
        var filters = new FlexLayout(code, priority, agency, age, decided);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        code.addValueChangeListener(change -> refresh());
        priority.addValueChangeListener(change -> refresh());
        agency.addValueChangeListener(change -> refresh());
        age.addValueChangeListener(change -> refresh());
        decided.addValueChangeListener(change -> refresh());
        add(heading, intro, filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** The service's filters, then the age over what it returns; every filter combines with the others. */
    private void refresh() {
        try {
            List<Alert> open = alerts.alerts(null, new AlertService.Filter(code.getValue(), null, null,
                    agency.getValue(), decided.getValue(), priority.getValue()));
            LocalDate today = LocalDate.now();
            List<Alert> found = age.getValue() == null ? open : open.stream().filter(age.getValue().on(today)).toList();
            grid.setItems(found);
            count.setText(count(found.size(), filtered()));
        } catch (ForbiddenException refused) {
            grid.setVisible(false);
            count.setText(refused.getMessage());
        }
    }

    private boolean filtered() {
        return code.getValue() != null || priority.getValue() != null || agency.getValue() != null
                || age.getValue() != null;
    }

    static String count(int found, boolean filtered) {
        if (found == 0) {
            return filtered ? "No alerts match these filters. Widen a filter to see more."
                    : "No alerts: nothing here needs a decision.";
        }
        String alerts = found == 1 ? "1 alert" : String.format("%,d alerts", found);
        return filtered ? alerts + (found == 1 ? " matches" : " match") + " these filters." : alerts + ".";
    }
}
