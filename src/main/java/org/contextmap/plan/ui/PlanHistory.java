package org.contextmap.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlans;

/** Every version of a plan with who, when and why, and what changed from the one before. */
class PlanHistory extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    PlanHistory(SafetyPlans plans, PlanView current) {
        setSummaryText("Versions (" + current.version() + ")");
        setId("plan-history");
        var list = new UnorderedList();
        List<PlanView> versions = plans.versions(current.subject(), current.subjectId(), current.id());
        Div changes = new Div();
        changes.setId("plan-changes");
        for (PlanView v : versions.reversed()) {
            var item = new ListItem("Version " + v.version() + ", " + v.changedBy() + ", "
                    + (v.changedAt() == null ? "" : WHEN.format(v.changedAt())) + ": " + v.reason() + " ");
            if (v.version() > 1) {
                var compare = new Button("What changed", click -> {
                    changes.removeAll();
                    var lines = new UnorderedList();
                    plans.difference(current.subject(), current.subjectId(), current.id(), v.version() - 1,
                            v.version()).forEach(c -> lines.add(new ListItem(words(c.field()) + ": "
                            + switch (c.change()) {
                                case "ADDED" -> "added " + c.after();
                                case "REMOVED" -> "removed " + c.before();
                                default -> c.before() + " → " + c.after();
                            })));
                    changes.add(new Paragraph("From version " + (v.version() - 1) + " to " + v.version() + ":"),
                            lines);
                });
                compare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                compare.setAriaLabel("What changed in version " + v.version());
                item.add(compare);
            }
            list.add(item);
        }
        add(list, changes);
    }

    private static String words(String field) {
        return switch (field) {
            case "summary" -> "What the plan is for";
            case "reviewOn" -> "Review date";
            case "leadProfessional" -> "Lead professional";
            case "youngPersonsView" -> "The young person's words";
            case "parentsView" -> "Parents' or carers' view";
            case "risks" -> "Risks";
            case "avoid" -> "To avoid";
            case "protectiveFactors" -> "Protective factors";
            case "trustedAdults" -> "Trusted adults";
            case "agenciesActing" -> "Agencies acting";
            default -> "Actions";
        };
    }
}
