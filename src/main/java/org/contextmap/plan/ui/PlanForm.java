package org.contextmap.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.contextmap.plan.PlanSubject;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlan;
import org.contextmap.plan.Suggestion;

/**
 * The plan's fields, in the order a strategy discussion goes through them: what the plan is for,
 * the risks, who and where to avoid, what protects the young person and who they trust, what they
 * and their parents or carers say (each in a field of their own), the actions, the review date and
 * the lead professional. Lists of lines are one per line.
 */
class PlanForm extends VerticalLayout {

    private final TextField summary = new TextField("What the plan is for");
    private final DatePicker reviewOn = new DatePicker("Review on");
    private final TextField lead = new TextField("Lead professional");
    private final TextArea risks = new TextArea("Risks, one per line");
    private final TextArea protective = new TextArea("Protective factors, one per line");
    private final TextArea youngPerson = new TextArea("The young person's own words");
    private final TextArea parents = new TextArea("Parents' or carers' view");
    private final Rows<AvoidRow> avoid;
    private final Rows<AdultRow> adults = new Rows<>("Trusted adults", "trusted adult", AdultRow::new);
    private final Rows<ActionRow> actions = new Rows<>("Actions", "action", ActionRow::new);
    private final TextArea agenciesActing = new TextArea("Agencies acting here, one per line: agency: what they do");
    private final TextField reason = new TextField("Why this change");

    PlanForm(PlanSubject subject) {
        setPadding(false);
        setId("plan-form");
        avoid = new Rows<>(subject == PlanSubject.PLACE ? "People to keep away" : "People and places to avoid",
                "entry", () -> null);
        avoid.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button).forEach(c ->
                c.setVisible(false)); // entries come from the suggestions
        summary.setId("plan-summary");
        summary.setRequired(true);
        summary.setWidthFull();
        reviewOn.setId("plan-review");
        reviewOn.setRequired(true);
        reviewOn.setValue(LocalDate.now().plusWeeks(6));
        reviewOn.setHelperText("Reviews are due within six weeks unless the plan says otherwise");
        reason.setId("plan-reason");
        reason.setWidthFull();
        var top = new FormLayout(summary, reviewOn, lead);
        top.setColspan(summary, 2);
        for (TextArea area : List.of(risks, protective, youngPerson, parents, agenciesActing)) {
            area.setWidthFull();
        }
        youngPerson.setId("plan-young-person");
        parents.setId("plan-parents");
        add(top, risks);
        add(avoid);
        if (subject == PlanSubject.PLACE) {
            add(agenciesActing);
        } else {
            add(protective, adults, youngPerson, parents);
        }
        add(actions, new H4("Save"), reason);
    }

    void show(PlanView plan) {
        summary.setValue(plan.summary());
        reviewOn.setValue(plan.reviewOn());
        lead.setValue(text(plan.leadProfessional()));
        risks.setValue(String.join("\n", plan.risks()));
        protective.setValue(String.join("\n", plan.protectiveFactors()));
        youngPerson.setValue(text(plan.youngPersonsView()));
        parents.setValue(text(plan.parentsView()));
        agenciesActing.setValue(String.join("\n", plan.agenciesActing().stream().map(a -> a.agency()
                + (a.what() == null ? "" : ": " + a.what())).toList()));
        avoid.clear();
        plan.avoid().forEach(a -> avoid.add(new AvoidRow(a.kind(), a.id(), a.name(), a.reason())));
        adults.clear();
        plan.trustedAdults().forEach(a -> adults.add(new AdultRow().of(a)));
        actions.clear();
        plan.actions().forEach(a -> actions.add(new ActionRow().of(a)));
        reason.setValue("");
        reason.setRequired(true);
        reason.setHelperText("Required: say what changed and why");
    }

    /** For a new plan: one empty action to start from. */
    void startNew() {
        actions.addBlank();
        reason.setHelperText("Optional for the first version");
    }

    /** Adds a suggestion to the people and places to avoid, once. */
    boolean addAvoid(Suggestion suggestion) {
        if (avoid.rows().stream().anyMatch(r -> r.id().equals(suggestion.id()))) {
            return false;
        }
        avoid.add(new AvoidRow(suggestion.kind(), suggestion.id(), suggestion.name(), suggestion.reason()));
        return true;
    }

    SafetyPlan value() {
        return new SafetyPlan(summary.getValue(), reviewOn.getValue(), lead.getValue(), lines(risks),
                avoid.values(AvoidRow::value), lines(protective), adults.values(AdultRow::value),
                youngPerson.getValue(), parents.getValue(), actions.values(ActionRow::value),
                lines(agenciesActing).stream().map(line -> {
                    int colon = line.indexOf(':');
                    return colon < 0 ? new SafetyPlan.AgencyActing(line, null)
                            : new SafetyPlan.AgencyActing(line.substring(0, colon), line.substring(colon + 1));
                }).toList(), reason.getValue());
    }

    private static List<String> lines(TextArea area) {
        return Arrays.stream(area.getValue().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
