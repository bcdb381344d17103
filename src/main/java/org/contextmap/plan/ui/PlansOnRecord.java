package org.contextmap.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.contextmap.base.ui.RecordSection;
import org.contextmap.plan.PlanSubject;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlans;

/**
 * The safety plans on a child's record: each current plan in a line (its review date, flagged when
 * overdue, and its open and overdue actions) and a link to write a new one.
 */
@org.springframework.stereotype.Component
class PlansOnRecord implements RecordSection {

    private final SafetyPlans plans;

    PlansOnRecord(SafetyPlans plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Component> section(String personId) {
        if (!plans.allowed(PlanSubject.PERSON, personId)) {
            return Optional.empty();
        }
        var section = new Section(new H3("Safety plans"));
        section.setId("record-plans");
        List<PlanView> current = plans.of(PlanSubject.PERSON, personId);
        if (current.isEmpty()) {
            section.add(new Paragraph("No safety plan recorded."));
        } else {
            var list = new UnorderedList();
            for (PlanView plan : current) {
                long open = plan.actions().stream().filter(a -> a.status().open()).count();
                long overdue = plan.actions().stream().filter(a -> a.overdueWorkingDays() > 0).count();
                var review = new Span(" Review on " + plan.reviewOn() + (plan.reviewOverdue() ? " (overdue)" : "")
                        + "; " + open + (open == 1 ? " open action" : " open actions")
                        + (overdue == 0 ? "" : ", " + overdue + " overdue") + ". Version " + plan.version() + ".");
                if (plan.reviewOverdue() || overdue > 0) {
                    review.addClassName("cm-risk");
                }
                list.add(new ListItem(new Anchor("plans/people/" + personId + "/" + plan.id(), plan.summary()),
                        review));
            }
            section.add(list);
        }
        var write = new Anchor("plans/people/" + personId + "/new", "Write a safety plan");
        write.setId("write-plan");
        section.add(write);
        return Optional.of(section);
    }
}
