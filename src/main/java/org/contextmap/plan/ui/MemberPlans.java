package org.contextmap.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.contextmap.plan.PlanView;

/** A peer group plan's list of its associates' own plans, each a link to it. */
class MemberPlans extends Div {

    MemberPlans(List<PlanView.MemberPlan> plans) {
        setId("member-plans");
        add(new H3("Plans of young people associated with this group"));
        var list = new UnorderedList();
        plans.forEach(p -> list.add(new ListItem(new Anchor("plans/people/" + p.personId() + "/" + p.planId(),
                p.name()), new Span(": " + p.summary() + " (review on " + p.reviewOn() + ")"))));
        add(list);
    }
}
