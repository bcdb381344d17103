package org.contextmap.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;

/**
 * Alerts in a table: how pressing, when raised and how long ago, whose, what and why, and what was
 * decided — or a button to decide. The text columns have widths that keep them readable on a
 * 1280-pixel screen; the short ones do not grow. Priority is written out, never shown by colour alone.
 */
class AlertGrid extends Grid<Alert> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    AlertGrid(AlertService alerts, boolean showChild, Consumer<Alert> decided) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel("Practice alerts");
        addClassName("cm-top-aligned");
        addComponentColumn(alert -> {
            var priority = new Span(alert.priority().label());
            priority.addClassNames("cm-chip", "cm-priority-" + alert.priority().name().toLowerCase());
            return priority;
        }).setHeader("Priority").setWidth("8.5em").setFlexGrow(0).setSortable(true)
                .setComparator(alert -> alert.priority().ordinal());
        addComponentColumn(alert -> {
            var age = new Div(new Span(AlertAge.words(alert.raisedOn(), LocalDate.now())));
            var on = new Div(new Span("raised " + DAY.format(alert.raisedOn())));
            on.addClassName("cm-provenance");
            age.add(on);
            return age;
        }).setHeader("Age").setWidth("8em").setFlexGrow(0).setSortable(true)
                .setComparator(alert -> AlertAge.days(alert.raisedOn(), LocalDate.now())).setKey("age");
        if (showChild) {
            addComponentColumn(alert -> new Anchor("people/" + alert.personId(), alert.personName()))
                    .setHeader("Young person").setWidth("9em").setFlexGrow(1).setSortable(true)
                    .setComparator(Alert::personName);
        }
        addColumn(Alert::label).setHeader("Alert").setSortable(true).setWidth("9em").setFlexGrow(1);
        addColumn(Alert::reason).setHeader("Why").setWidth("14em").setFlexGrow(3);
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
        }).setHeader("Decision").setWidth("9em").setFlexGrow(1);
    }
}
