package org.contextmap.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;

/**
 * Alerts in a table: how pressing, how old, whose, what and why, and what was decided — or a
 * button to decide. Priority is written out, never shown by colour alone.
 */
class AlertGrid extends Grid<Alert> {

    AlertGrid(AlertService alerts, boolean showChild, Consumer<Alert> decided) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel("Practice alerts");
        addComponentColumn(alert -> {
            var priority = new Span(alert.priority().label());
            priority.addClassNames("cm-chip", "cm-priority-" + alert.priority().name().toLowerCase());
            return priority;
        }).setHeader("Priority").setAutoWidth(true).setSortable(true)
                .setComparator(alert -> alert.priority().ordinal());
        addColumn(alert -> age(alert.raisedOn())).setHeader("Raised").setAutoWidth(true).setSortable(true)
                .setComparator(Alert::raisedOn);
        if (showChild) {
            addComponentColumn(alert -> new Anchor("people/" + alert.personId(), alert.personName()))
                    .setHeader("Young person").setAutoWidth(true).setSortable(true).setComparator(Alert::personName);
        }
        addColumn(Alert::label).setHeader("Alert").setSortable(true).setFlexGrow(1);
        addColumn(Alert::reason).setHeader("Why").setFlexGrow(3);
        addComponentColumn(alert -> {
            if (alert.decision() != null) {
                var made = new Span(DecisionDialog.OUTCOMES.get(alert.decision().outcome()).split(":")[0] + " by "
                        + alert.decision().decidedBy() + " on " + alert.decision().decidedAt().toLocalDate()
                        + ": " + alert.decision().reason());
                made.addClassName("cm-decision");
                return made;
            }
            var decide = new Button("Decide…", click -> new DecisionDialog(alerts, alert, decided).open());
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decide.addClassName("cm-decide");
            decide.getElement().setAttribute("aria-label", "Decide about " + alert.label() + " for " + alert.personName());
            return decide;
        }).setHeader("Decision").setFlexGrow(2);
    }

    static String age(LocalDate raisedOn) {
        long days = ChronoUnit.DAYS.between(raisedOn, LocalDate.now());
        return raisedOn + (days <= 0 ? " (today)" : days == 1 ? " (1 day ago)" : " (" + days + " days ago)");
    }
}
