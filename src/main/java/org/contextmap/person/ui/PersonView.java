package org.contextmap.person.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.base.DataLoading;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.LoadingBanner;
import org.contextmap.base.ui.RecordSection;
import org.contextmap.person.Acquaintance;
import org.contextmap.person.ChronologyEntry;
import org.contextmap.person.PersonProfile;
import org.contextmap.person.ProfileService;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.YoungPerson;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A young person's record: who they are, their family and its history, the groups they are
 * associated with and the people they know — each fact with who recorded it and how sure they
 * are — and one chronology of everything every agency recorded. Opening it is audited. While
 * data still loads in the background (the demo city on a first start), it shows how far that is
 * and opens the record once it is there, rather than saying the child does not exist.
 *
 * <p>{@code @Uses} names the components the sections of other features draw in their dialogs
 * (a select, a date picker): the production bundle loads, for a route, only what the route's own
 * classes use, and the sections are beans it cannot see, so without it the select of "Record
 * what you know" or "Dispute or withdraw a fact" shows as bare text.
 */
@Route("people/:personId")
@Uses(Select.class)
@Uses(DatePicker.class)
@Uses(Dialog.class)
@Uses(RadioButtonGroup.class)
@Uses(TextArea.class)
@Uses(TextField.class)
@PermitAll
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final DataLoading loading;
    private final ObjectProvider<RecordSection> sections;
    private final RecordAccess access;
    private String title = "Young person · ContextMap";

    public PersonView(ProfileService profiles, ObjectProvider<DataLoading> loading,
            ObjectProvider<RecordSection> sections, RecordAccess access) {
        this.profiles = profiles;
        this.access = access;
        this.sections = sections;
        this.loading = loading.getIfAvailable(() -> DataLoading.NOTHING);
        setMaxWidth("72em");
        setId("person-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("personId").orElse("");
        removeAll();
        add(new Anchor("people", "← All young people"));
        if (LoadingBanner.needed(loading)) {
            var banner = new LoadingBanner(loading, "The record appears here by itself when it is loaded.",
                    () -> open(id));
            add(banner);
            if (banner.waiting()) {
                // not read (nor audited) before it is all there: the banner opens it then
                return;
            }
        }
        open(id);
    }

    private void open(String id) {
        long began = System.nanoTime();
        try {
            openOrSay(id);
        } finally {
            // how long the server took to put the record together, for the screens' benchmark
            getElement().setAttribute("data-server-ms", String.valueOf((System.nanoTime() - began) / 1_000_000));
        }
    }

    private void openOrSay(String id) {
        try {
            profiles.profile(id, Viewer.current().user(), "ui").ifPresentOrElse(this::show, () -> {
                title = "Not found · ContextMap";
                add(new H2("No young person with id " + id),
                        new Paragraph("Check the id, or search the list of young people."));
            });
        } catch (ForbiddenException refused) {
            title = "Not open to your role · ContextMap";
            var why = new Paragraph(refused.getMessage());
            why.setId("not-open");
            add(new H2("This record is not open to your role"), why);
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(PersonProfile profile) {
        YoungPerson p = profile.person();
        title = p.name() + " · ContextMap";
        var heading = new H2(p.name());
        heading.setId("person-name");
        var network = new Anchor("network?person=" + p.id() + "&hops=2", "See their network");
        network.setId("person-network-link");
        add(heading, summaryLine(profile), chips(p), network, details(profile));
        sections.orderedStream().sorted(java.util.Comparator.comparingInt(RecordSection::order))
                .forEach(section -> section.section(p.id()).ifPresent(this::add));
        var marks = new FactMarks(profile.rectifications(), profile.rectifications().isEmpty() ? id -> id
                : access.lens()::shownId);
        add(family(profile), associations(profile, marks), relationships(profile.relationships(), marks),
                chronology(profile.chronology(), marks));
    }

    private static Paragraph summaryLine(PersonProfile profile) {
        YoungPerson p = profile.person();
        List<String> parts = new ArrayList<>();
        if (profile.age() != null) {
            parts.add(profile.age() + " years old");
        }
        if (p.gender() != null) {
            parts.add(p.gender());
        }
        if (p.ethnicity() != null) {
            parts.add(p.ethnicity());
        }
        parts.add("id " + p.id());
        return new Paragraph(String.join(" · ", parts));
    }

    private static Div chips(YoungPerson p) {
        var chips = new Div();
        chips.add(chip(Words.label(p.socialCareStatus(), "Social care status not recorded"), null));
        if (Boolean.TRUE.equals(p.inCare())) {
            chips.add(chip("In care", null));
        }
        if (Boolean.TRUE.equals(p.send())) {
            chips.add(chip("Special educational needs or disability", null));
        }
        p.flags().forEach(flag -> chips.add(chip("Risk: " + Words.flag(flag), "cm-risk")));
        return chips;
    }

    private static Section details(PersonProfile profile) {
        YoungPerson p = profile.person();
        var facts = new DescriptionList();
        facts.addClassName("cm-facts");
        fact(facts, "Date of birth", Words.day(p.dateOfBirth()));
        fact(facts, "Home area", profile.homeArea() != null ? profile.homeArea().name()
                : p.homeArea() == null ? "Not recorded" : p.homeArea());
        fact(facts, "School", profile.school() == null ? "Not recorded" : profile.school().name());
        fact(facts, "Lead professional", p.leadProfessional() == null ? "None recorded" : p.leadProfessional());
        return section("Details", facts);
    }

    private static Section family(PersonProfile profile) {
        if (profile.family() == null) {
            return section("Family", new Paragraph("No family recorded."));
        }
        var content = new Div();
        var siblings = new UnorderedList();
        profile.family().members().forEach(m -> siblings.add(new ListItem(new Anchor("people/" + m.personId(), m.name()))));
        content.add(new Paragraph(profile.family().members().isEmpty() ? "No brothers or sisters recorded."
                : "Brothers and sisters:"), siblings);
        if (profile.family().history().isEmpty()) {
            content.add(new Paragraph("No family history recorded."));
        } else {
            var history = new UnorderedList();
            profile.family().history().forEach(h -> history.add(new ListItem(new Span(h.kind() + " "),
                    provenance("noted " + Words.day(h.notedOn()) + " by " + Words.label(h.source(), "a source not recorded")))));
            content.add(new Paragraph("Family history (shown on every child of the family):"), history);
        }
        return section("Family", content);
    }

    private static Section associations(PersonProfile profile, FactMarks marks) {
        if (profile.associations().isEmpty()) {
            return section("Peer-group associations", new Paragraph("No association with a peer group recorded."));
        }
        var list = new UnorderedList();
        profile.associations().forEach(a -> {
            var group = new Span(a.groupName() + (a.area() == null ? "" : " (" + a.area() + ")") + " ");
            var item = new ListItem(group, provenance("association, not a finding — "
                    + Words.provenance(a.provenance()) + (a.note() == null ? "" : " — " + a.note())));
            FactMarks.mark(item, group, marks.of("ASSOCIATION", a.groupId()));
            list.add(item);
        });
        return section("Peer-group associations", list);
    }

    private static Section relationships(List<Acquaintance> relationships, FactMarks marks) {
        if (relationships.isEmpty()) {
            return section("Relationships", new Paragraph("No relationships recorded."));
        }
        var grid = new Grid<Acquaintance>();
        grid.setId("relationships-grid");
        grid.setAriaLabel("Relationships");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<Acquaintance>of(
                        "<a href=\"people/${item.id}\" class=\"${item.struck}\">${item.name}</a>")
                .withProperty("id", Acquaintance::personId).withProperty("name", Acquaintance::name)
                .withProperty("struck", a -> FactMarks.withdrawn(marks.of(a)) ? "cm-withdrawn" : ""))
                .setHeader("Name");
        grid.addColumn(a -> a.kind().label()).setHeader("Relationship");
        grid.addColumn(a -> Words.provenance(a.provenance())).setHeader("Recorded by").setFlexGrow(2);
        marks.addColumn(grid);
        grid.setItems(relationships);
        grid.setAllRowsVisible(relationships.size() <= 20);
        grid.setHeight(relationships.size() <= 20 ? null : "24em");
        return section("Relationships", grid);
    }

    private static Section chronology(List<ChronologyEntry> entries, FactMarks marks) {
        if (entries.isEmpty()) {
            return section("Chronology", new Paragraph("Nothing recorded yet."));
        }
        var grid = new Grid<ChronologyEntry>();
        grid.setId("chronology-grid");
        grid.setAriaLabel("Chronology, newest first");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Words.day(e.date()) + (e.time() == null ? "" : " " + e.time())).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<ChronologyEntry>of(
                        "<span class=\"${item.victim ? 'cm-chip cm-victim' : ''} ${item.struck}\">${item.title}</span> "
                                + "<span class=\"${item.word ? 'cm-chip cm-rectified' : ''}\" title=\"${item.note}\">"
                                + "${item.word}</span>")
                        .withProperty("title", ChronologyEntry::title)
                        .withProperty("victim", ChronologyEntry::victim)
                        .withProperty("struck", e -> FactMarks.withdrawn(marks.of(e)) ? "cm-withdrawn" : "")
                        .withProperty("word", e -> FactMarks.word(marks.of(e)))
                        .withProperty("note", e -> FactMarks.note(marks.of(e))))
                .setHeader("What").setFlexGrow(2);
        grid.addColumn(ChronologyEntry::detail).setHeader("Detail").setFlexGrow(3);
        grid.addColumn(ChronologyEntry::source).setHeader("Recorded by").setAutoWidth(true);
        grid.setItems(entries);
        grid.setHeight(entries.size() <= 12 ? null : "36em");
        grid.setAllRowsVisible(entries.size() <= 12);
        var note = new Paragraph("Everything every agency recorded about this young person: on a time line (incidents "
                + "as circles, filled when they were harmed; education as squares; referrals as triangles; meetings as "
                + "diamonds), then newest first.");
        note.addClassName("cm-provenance");
        return section("Chronology", note, new Timeline(entries), grid);
    }

    private static Section section(String heading, Component... content) {
        var section = new Section(new H3(heading));
        section.addClassName("cm-section");
        section.setWidthFull();
        section.add(content);
        return section;
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static Span chip(String text, String variant) {
        var chip = new Span(text);
        chip.addClassName("cm-chip");
        if (variant != null) {
            chip.addClassName(variant);
        }
        return chip;
    }

    private static Span provenance(String text) {
        var span = new Span(text);
        span.addClassName("cm-provenance");
        return span;
    }

}
