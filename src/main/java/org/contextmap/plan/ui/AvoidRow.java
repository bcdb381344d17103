package org.contextmap.plan.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.contextmap.plan.SafetyPlan;

/**
 * A person or place to avoid, as added from a suggestion or kept from the plan: its name (fixed)
 * and the reason (editable). Children who may be added are named only as the reader's role allows.
 */
class AvoidRow extends FlexLayout {

    private final String kind;
    private final String id;
    private final TextField reason = new TextField("Why");

    AvoidRow(String kind, String id, String name, String why) {
        this.kind = kind;
        this.id = id;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        addClassName("cm-avoid-row");
        getElement().setAttribute("data-id", id);
        var what = new Span(("PLACE".equals(kind) ? "Place: " : "Person: ") + name);
        what.getStyle().set("min-width", "14em");
        reason.setWidth("28em");
        reason.setValue(why == null ? "" : why);
        add(what, reason);
    }

    String id() {
        return id;
    }

    SafetyPlan.Avoid value() {
        return new SafetyPlan.Avoid(kind, id, reason.getValue());
    }
}
