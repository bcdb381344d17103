package org.contextmap.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;
import org.contextmap.alert.Decision;
import org.contextmap.base.Viewer;

/**
 * Deciding about an alert: what was decided and, always, why. Who decided is the signed-in person;
 * the decision is recorded against their name and the alert keeps it. A score or a rule advises;
 * this is where a person decides.
 */
class DecisionDialog extends Dialog {

    static final Map<Decision.Outcome, String> OUTCOMES = Map.of(
            Decision.Outcome.ACKNOWLEDGED, "Acknowledged: seen, and being considered",
            Decision.Outcome.ACTION_TAKEN, "Action taken",
            Decision.Outcome.NOT_NEEDED, "Not needed: no action, for the reason given");

    DecisionDialog(AlertService alerts, Alert alert, Consumer<Alert> decided) {
        setHeaderTitle("Decide: " + alert.label());
        setId("decision-dialog");
        var about = new Paragraph(alert.personName() + " · " + alert.reason());
        var outcome = new RadioButtonGroup<Decision.Outcome>("Decision");
        outcome.setId("decision-outcome");
        outcome.setItems(Decision.Outcome.ACKNOWLEDGED, Decision.Outcome.ACTION_TAKEN, Decision.Outcome.NOT_NEEDED);
        outcome.setItemLabelGenerator(OUTCOMES::get);
        outcome.setRequiredIndicatorVisible(true);
        var reason = new TextArea("Why (recorded with your name)");
        reason.setId("decision-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMaxLength(2_000);
        var hint = new Paragraph("Suggested: " + alert.suggestedAction());
        hint.addClassName("cm-provenance");
        add(about, hint, outcome, reason);
        var save = new Button("Record decision", click -> {
            boolean ok = true;
            outcome.setInvalid(outcome.getValue() == null);
            outcome.setErrorMessage("Choose what was decided.");
            reason.setInvalid(reason.getValue().isBlank());
            reason.setErrorMessage("Say why, in a sentence.");
            if (outcome.isInvalid() || reason.isInvalid()) {
                ok = false;
            }
            if (ok) {
                Alert after = alerts.decide(alert.id(), null, outcome.getValue(), reason.getValue().strip(),
                        Viewer.current().user());
                close();
                decided.accept(after);
            }
        });
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }
}
