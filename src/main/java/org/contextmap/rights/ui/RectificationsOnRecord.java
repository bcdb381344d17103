package org.contextmap.rights.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contextmap.base.ui.RecordSection;
import org.contextmap.rights.RecordedFact;
import org.contextmap.rights.RecordedFacts;
import org.contextmap.rights.Rectification;
import org.contextmap.rights.RectificationStatus;
import org.contextmap.rights.Rectifications;

/**
 * The disputes, corrections and withdrawals of a child's record, each with who raised it, when,
 * why and what the record held; and, for the roles that may raise one, the button to dispute or
 * withdraw a fact. Drawn by the rights feature so that the record page need not know it. It says
 * plainly that a withdrawn fact still counts in the analytics, because it does (docs/rights.md).
 */
@org.springframework.stereotype.Component
class RectificationsOnRecord implements RecordSection {

    static final String STILL_COUNTED = "A disputed or withdrawn fact stays on the record, marked, with the reason; "
            + "nothing is deleted. A withdrawn fact is still counted in the network, risk scores and alerts until "
            + "the agency that holds it removes it from its data.";

    private final Rectifications rectifications;
    private final RecordedFacts facts;

    RectificationsOnRecord(Rectifications rectifications, RecordedFacts facts) {
        this.rectifications = rectifications;
        this.facts = facts;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> section(String personId) {
        var section = new Section();
        section.setId("record-rectifications");
        section.addClassName("cm-section");
        section.setWidthFull();
        fill(section, personId);
        return Optional.of(section);
    }

    private void fill(Section section, String personId) {
        section.removeAll();
        section.add(new H3("Disputes, corrections and withdrawals"));
        List<RecordedFact> recorded = facts.of(personId);
        List<Rectification> raised = rectifications.onRecord(personId);
        if (raised.isEmpty()) {
            section.add(new Paragraph("Nobody has disputed, corrected or withdrawn a fact of this record."));
        } else {
            Map<String, String> words = recorded.stream().collect(Collectors.toMap(
                    f -> f.kind().name() + "|" + f.reference(), RecordedFact::words, (a, b) -> a));
            var list = new UnorderedList();
            list.setId("rectification-notes");
            raised.reversed().forEach(r -> list.add(item(r, words::get)));
            section.add(list);
        }
        var note = new Paragraph(STILL_COUNTED);
        note.addClassName("cm-provenance");
        section.add(note);
        if (rectifications.mayRaise() && !recorded.isEmpty()) {
            var open = new Button("Dispute or withdraw a fact…", VaadinIcon.FLAG_O.create(),
                    click -> new RectificationDialog(rectifications, recorded, personId).open());
            open.setId("rectify");
            section.add(open);
        }
    }

    /** "Friend of Jordan K. (Police, probable)" — Disputed by … : why (the record held: …; entered by …). */
    private static ListItem item(Rectification r, Function<String, String> words) {
        String fact = words.apply(r.fact().name() + "|" + r.reference());
        var what = new Span(fact != null ? fact : r.field() != null ? r.field().label() : r.fact().label());
        if (r.status() == RectificationStatus.WITHDRAWN) {
            what.addClassName("cm-withdrawn");
        }
        var mark = new Span(r.status().label());
        mark.addClassNames("cm-chip", "cm-rectified");
        var held = new Span("The record held: " + (r.previousValue() == null || r.previousValue().isBlank()
                ? "not recorded" : r.previousValue()) + (r.recordedBy() == null ? "" : "; entered by " + r.recordedBy())
                + ".");
        held.addClassName("cm-provenance");
        var item = new ListItem(mark, what, new Paragraph(r.note()), held);
        item.addClassName("cm-rectification");
        return item;
    }
}
