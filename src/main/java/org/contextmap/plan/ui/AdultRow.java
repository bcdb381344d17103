package org.contextmap.plan.ui;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.contextmap.plan.SafetyPlan;

/** A trusted adult: name, role, agency. */
class AdultRow extends FlexLayout {

    private final TextField name = new TextField("Name");
    private final TextField role = new TextField("Role");
    private final TextField agency = new TextField("Agency or relation");

    AdultRow() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        role.setPlaceholder("youth worker, coach, aunt");
        add(name, role, agency);
    }

    AdultRow of(SafetyPlan.TrustedAdult adult) {
        name.setValue(adult.name());
        role.setValue(adult.role() == null ? "" : adult.role());
        agency.setValue(adult.agency() == null ? "" : org.contextmap.plan.PlanChecks.ownerLabel(adult.agency()));
        return this;
    }

    SafetyPlan.TrustedAdult value() {
        return name.isEmpty() ? null : new SafetyPlan.TrustedAdult(name.getValue(), role.getValue(),
                agency.getValue());
    }
}
