package org.contextmap.rights.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.contextmap.base.Agency;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.rights.RecordedFact;
import org.contextmap.rights.RectificationRequest;
import org.contextmap.rights.RectificationStatus;
import org.contextmap.rights.Rectifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form to dispute or withdraw one fact of a child's record: which fact (in words, never an
 * id), disputed or withdrawn, why, and who says so — the practitioner's agency, a parent or carer,
 * or the young person, whose word counts as much. Every field is labelled; what is wrong is said
 * in a sentence in the form, and nothing is written until it is right.
 */
class RectificationDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(RectificationDialog.class);

    private static final Map<RectificationStatus, String> STATUSES = Map.of(
            RectificationStatus.DISPUTED, "Disputed: it is wrong, or not the whole story",
            RectificationStatus.WITHDRAWN, "Withdrawn: whoever recorded it says it should not have been, or no "
                    + "longer stands");

    RectificationDialog(Rectifications rectifications, List<RecordedFact> facts, String personId) {
        setHeaderTitle("Dispute or withdraw a fact");
        setId("rectify-dialog");
        setWidth("38em");
        var fact = new Select<RecordedFact>();
        fact.setLabel("Which fact");
        fact.setId("rectify-fact");
        fact.setWidthFull();
        fact.setItems(facts);
        fact.setItemLabelGenerator(RecordedFact::words);
        fact.setPlaceholder("Choose a tie, an association or an incident");
        fact.setRequiredIndicatorVisible(true);
        var status = new RadioButtonGroup<RectificationStatus>("What is said about it");
        status.setId("rectify-status");
        status.setItems(RectificationStatus.DISPUTED, RectificationStatus.WITHDRAWN);
        status.setItemLabelGenerator(STATUSES::get);
        status.setValue(RectificationStatus.DISPUTED);
        status.setRequiredIndicatorVisible(true);
        var reason = new TextArea("Why, in the words given");
        reason.setId("rectify-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(2_000);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        var raisedBy = new RadioButtonGroup<Agency>("Who says so");
        raisedBy.setId("rectify-raised-by");
        List<Agency> who = whoMaySay(Viewer.current());
        raisedBy.setItems(who);
        raisedBy.setItemLabelGenerator(a -> a == Agency.PARENT_CARER ? "A parent or carer (told to me)"
                : a == Agency.YOUNG_PERSON ? "The young person (told to me)" : a.label() + " (my agency)");
        raisedBy.setValue(who.getFirst());
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        fact.addValueChangeListener(change -> fact.setInvalid(false));
        fact.addValueChangeListener(change -> status.setHelperText(change.getValue() == null
                || change.getValue().source() == null ? null : "Recorded by " + change.getValue().source().label()
                + ": only they can withdraw it; anyone can dispute it."));
        var problem = new Paragraph();
        problem.setId("rectify-problem");
        problem.addClassName("cm-error");
        problem.getElement().setAttribute("role", "alert");
        var still = new Paragraph(RectificationsOnRecord.STILL_COUNTED);
        still.addClassName("cm-provenance");
        add(fact, status, reason, raisedBy, still, problem);

        var save = new Button("Save", click -> {
            problem.setText(missing(fact.getValue(), status.getValue(), reason.getValue(), raisedBy.getValue()));
            fact.setInvalid(fact.getValue() == null);
            reason.setInvalid(reason.getValue().isBlank());
            if (!problem.getText().isEmpty()) {
                return;
            }
            try {
                var saved = rectifications.raise(personId, new RectificationRequest(fact.getValue().fact(),
                        status.getValue().name(), reason.getValue(), null, raisedBy.getValue().name()));
                close();
                Notification.show(saved.note(), 6_000, Notification.Position.BOTTOM_START);
                UI.getCurrent().getPage().reload();
            } catch (BadRequestException | ForbiddenException | NotFoundException wrong) {
                problem.setText(wrong.getMessage());
            } catch (RuntimeException failed) {
                log.warn("A rectification of {} was not saved", personId, failed);
                problem.setText("Not saved: the database did not take it. Try again in a moment.");
            }
        });
        save.setId("rectify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The practitioner's own agencies (every one, for an administrator), then a parent or carer and the young person. */
    static List<Agency> whoMaySay(Viewer viewer) {
        List<Agency> who = new ArrayList<>(viewer.roles().stream().map(Role::agency).filter(Objects::nonNull)
                .distinct().sorted().toList());
        who.add(Agency.PARENT_CARER);
        who.add(Agency.YOUNG_PERSON);
        return who;
    }

    private static String missing(RecordedFact fact, RectificationStatus status, String reason, Agency raisedBy) {
        if (fact == null) {
            return "Choose the fact that is disputed or withdrawn.";
        }
        if (status == null) {
            return "Say whether it is disputed or withdrawn.";
        }
        if (reason == null || reason.isBlank()) {
            return "Say why, in a sentence: the reason is kept beside the fact.";
        }
        return raisedBy == null ? "Say who says so." : "";
    }
}
