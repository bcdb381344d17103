package org.contextmap.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.plan.ActionStatus;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlan;

/** One action: what, which agency, who by name, by when, and where it stands. */
class ActionRow extends FlexLayout {

    private final TextField description = new TextField("What will be done");
    private final ComboBox<String> owner = new ComboBox<>("Agency that owns it");
    private final TextField ownerName = new TextField("Named owner");
    private final DatePicker due = new DatePicker("Due");
    private final Select<ActionStatus> status = new Select<>();
    private String id;

    ActionRow() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        addClassName("cm-action-row");
        description.setWidth("22em");
        description.setRequired(true);
        List<String> agencies = Arrays.stream(Agency.values()).map(Agency::label).toList();
        owner.setItems(agencies);
        owner.setAllowCustomValue(true);
        owner.addCustomValueSetListener(custom -> owner.setValue(custom.getDetail()));
        owner.setHelperText("Or type another body (transport, licensing)");
        owner.setRequired(true);
        due.setRequired(true);
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(ActionStatus.OPEN);
        add(description, owner, ownerName, due, status);
    }

    ActionRow of(PlanView.ActionView action) {
        id = action.id();
        description.setValue(action.description());
        owner.setValue(action.ownerLabel());
        ownerName.setValue(action.ownerName() == null ? "" : action.ownerName());
        due.setValue(action.due());
        status.setValue(action.status());
        return this;
    }

    /** The action as written, or {@code null} for a row left empty. */
    SafetyPlan.PlanAction value() {
        if (description.isEmpty() && owner.isEmpty() && due.isEmpty()) {
            return null;
        }
        return new SafetyPlan.PlanAction(id, description.getValue(), owner.getValue(), ownerName.getValue(),
                due.getValue(), status.getValue());
    }
}
