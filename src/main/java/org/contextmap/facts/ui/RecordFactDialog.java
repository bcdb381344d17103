package org.contextmap.facts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.facts.FactRecorder;
import org.contextmap.facts.FactRequest;

/**
 * The form for what a practitioner knows, or was told by a parent, carer or the young person: a
 * tie, an association with a peer group, or a concern. Every field is labelled; what is wrong is
 * said in a sentence beside the form, and nothing is written until all of it is right.
 */
class RecordFactDialog extends Dialog {

    private static final Map<String, String> KINDS = words("TIE", "A tie with another young person",
            "ASSOCIATION", "An association with a peer group", "CONCERN", "A concern: something that happened");
    private static final Map<String, String> TOLD_BY = words("AGENCY", "My agency knows it",
            "PARENT_CARER", "A parent or carer told me", "YOUNG_PERSON", "The young person told me");
    private static final Map<String, String> CONFIDENCE = words("CONFIRMED", "Confirmed", "PROBABLE", "Probable",
            "POSSIBLE", "Possible", "UNVERIFIED", "Unverified");
    private static final Map<String, String> TIES = words("FRIEND", "Friend", "SIBLING", "Sibling", "FAMILY", "Family",
            "PARTNER", "Partner", "CO_OFFENDER", "Co-offender", "ASSOCIATE", "Associate");
    private static final Map<String, String> TYPES = words("ASSAULT", "Assault", "THREAT", "Threat", "ROBBERY", "Robbery",
            "STABBING", "Stabbing", "EXPLOITATION", "Exploitation", "SEXUAL_ABUSE", "Sexual abuse",
            "MISSING_EPISODE", "Missing episode", "WEAPON_POSSESSION", "Weapon possession", "OTHER", "Something else");
    private static final Map<String, String> ROLES = words("VICTIM", "Harmed (victim)", "WITNESS", "Saw it (witness)",
            "PRESENT", "Was there");

    RecordFactDialog(FactRecorder recorder, String personId) {
        setHeaderTitle("Record what you know");
        setId("record-fact-dialog");
        setWidth("34em");
        var kind = radio("What is it", KINDS, "fact-kind");
        var other = new TextField("The other young person's id");
        other.setId("fact-other");
        var tie = select("Kind of tie", TIES);
        var group = new TextField("The peer group's id");
        group.setId("fact-group");
        var type = select("What happened", TYPES);
        var role = select("Their part in it", ROLES);
        var summary = new TextArea("What was reported, in the words given");
        summary.setId("fact-summary");
        summary.setWidthFull();
        var toldBy = radio("Who it comes from", TOLD_BY, "fact-told-by");
        toldBy.setValue("AGENCY");
        var confidence = select("How sure", CONFIDENCE);
        confidence.setValue("PROBABLE");
        var date = new DatePicker("Since or on", LocalDate.now());
        date.setMax(LocalDate.now());
        var problem = new Paragraph();
        problem.setId("fact-problem");
        problem.addClassName("cm-error");
        problem.getElement().setAttribute("role", "alert");
        kind.addValueChangeListener(change -> {
            String k = change.getValue();
            other.setVisible("TIE".equals(k));
            tie.setVisible("TIE".equals(k));
            group.setVisible("ASSOCIATION".equals(k));
            type.setVisible("CONCERN".equals(k));
            role.setVisible("CONCERN".equals(k));
            summary.setVisible("CONCERN".equals(k));
        });
        kind.setValue("TIE");
        add(kind, other, tie, group, type, role, summary, toldBy, confidence, date, problem);
        var save = new Button("Record", click -> {
            try {
                var recorded = recorder.record(personId, new FactRequest(kind.getValue(), other.getValue(),
                        tie.getValue(), group.getValue(), type.getValue(), role.getValue(), summary.getValue(),
                        toldBy.getValue(), confidence.getValue(), date.getValue()));
                close();
                Notification.show(recorded.sentence() + ".", 6_000, Notification.Position.BOTTOM_START);
                UI.getCurrent().getPage().reload();
            } catch (BadRequestException | ForbiddenException wrong) {
                problem.setText(wrong.getMessage());
            }
        });
        save.setId("fact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static RadioButtonGroup<String> radio(String label, Map<String, String> items, String id) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(items.keySet());
        group.setItemLabelGenerator(items::get);
        group.setId(id);
        return group;
    }

    private static Select<String> select(String label, Map<String, String> items) {
        var select = new Select<String>();
        select.setLabel(label);
        select.setItems(items.keySet());
        select.setItemLabelGenerator(items::get);
        return select;
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return words;
    }
}
