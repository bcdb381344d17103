package org.contextmap.person.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.contextmap.person.Acquaintance;
import org.contextmap.person.ChronologyEntry;
import org.contextmap.person.ProfileRectification;

/**
 * Which facts of a record someone has disputed or withdrawn, so that the record marks each one
 * where it is listed — "Disputed" or "Withdrawn" in words, the note under it and on hover, a
 * withdrawn one struck through — rather than only in a list further down. A withdrawal stands over
 * a later dispute of the same fact; otherwise the latest rectification does.
 */
final class FactMarks {

    private final Map<String, ProfileRectification> marks = new HashMap<>();

    /**
     * @param shownId the id the reader is shown for another child (a pseudonym for some roles), so
     *                that a tie's reference ({@code YP3|FRIEND}) meets the tie as it is listed
     */
    FactMarks(List<ProfileRectification> rectifications, UnaryOperator<String> shownId) {
        for (ProfileRectification r : rectifications) {
            if (r.reference() == null || "PROFILE".equals(r.fact())) {
                continue;
            }
            String reference = r.reference();
            if ("RELATIONSHIP".equals(r.fact()) && reference.contains("|")) {
                int bar = reference.indexOf('|');
                reference = shownId.apply(reference.substring(0, bar)) + reference.substring(bar);
            }
            marks.merge(r.fact() + "|" + reference, r, (earlier, later) -> earlier.withdrawn() ? earlier : later);
        }
    }

    /** The rectification that marks this fact, or {@code null}. */
    ProfileRectification of(String fact, String reference) {
        return marks.get(fact + "|" + reference);
    }

    /** The rectification that marks the incident or the association a chronology line is about, or {@code null}. */
    ProfileRectification of(ChronologyEntry entry) {
        return switch (entry.kind()) {
            case "INCIDENT" -> of("INVOLVEMENT", entry.reference());
            case "ASSOCIATION" -> of("ASSOCIATION", entry.reference());
            default -> null;
        };
    }

    /** The rectification that marks this tie, or {@code null}. */
    ProfileRectification of(Acquaintance tie) {
        return of("RELATIONSHIP", tie.personId() + "|" + tie.kind().name());
    }

    /** A column "Disputed or withdrawn" with the mark and the note, when any fact of the record is marked. */
    void addColumn(Grid<Acquaintance> ties) {
        if (marks.isEmpty()) {
            return;
        }
        ties.addColumn(LitRenderer.<Acquaintance>of("<span class=\"${item.word ? 'cm-chip cm-rectified' : ''}\" "
                        + "title=\"${item.note}\">${item.word}</span><div class=\"cm-provenance\">${item.note}</div>")
                .withProperty("word", a -> word(of(a)))
                .withProperty("note", a -> note(of(a))))
                .setHeader("Disputed or withdrawn").setFlexGrow(3);
    }

    /**
     * Marks a listed fact: the badge first, {@code what} struck through when withdrawn, the note
     * under it. Nothing for an unmarked fact.
     */
    static <T extends Component & HasStyle> void mark(HasComponents item, T what, ProfileRectification r) {
        if (r == null) {
            return;
        }
        if (r.withdrawn()) {
            what.addClassName("cm-withdrawn");
        }
        item.addComponentAsFirst(badge(r));
        var note = new Div(r.note());
        note.addClassName("cm-provenance");
        item.add(note);
    }

    /** "Disputed", "Withdrawn" or "Corrected"; empty for an unmarked fact. */
    static String word(ProfileRectification r) {
        return r == null ? "" : r.status().charAt(0) + r.status().substring(1).toLowerCase();
    }

    static String note(ProfileRectification r) {
        return r == null ? "" : r.note();
    }

    static boolean withdrawn(ProfileRectification r) {
        return r != null && r.withdrawn();
    }

    /** The badge, with the note on hover; the caller puts the note under it too. */
    static Span badge(ProfileRectification r) {
        var badge = new Span(word(r));
        badge.addClassNames("cm-chip", "cm-rectified");
        badge.setTitle(r.note());
        return badge;
    }
}
