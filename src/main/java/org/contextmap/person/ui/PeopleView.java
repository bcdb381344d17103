package org.contextmap.person.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.contextmap.base.DataLoading;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.LoadingBanner;
import org.contextmap.person.PeopleQuery;
import org.contextmap.person.PersonService;
import org.contextmap.person.PersonSummary;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The first screen: every young person, searchable, loaded a page at a time from the database
 * however many there are. A name opens the child's record. While data still loads in the
 * background (the demo city on a first start), it shows how far that is instead of a partial
 * list, and the list once it is there.
 */
@Route("people")
@Menu(title = "Young people", order = 2, icon = "vaadin:users")
@PermitAll
@PageTitle("Young people · ContextMap")
public class PeopleView extends VerticalLayout {

    private final PersonService people;
    private final TextField search = new TextField("Search by name or id");
    private final Grid<PersonSummary> grid = new Grid<>();
    private final Span total = new Span();

    public PeopleView(PersonService people, ObjectProvider<DataLoading> loading) {
        this.people = people;
        setSizeFull();

        var heading = new H2("Young people");
        var intro = new Paragraph("Everyone ContextMap holds a record for. Open a name to see their record: "
                + "details, family, associations, relationships and one chronology from every agency.");
        intro.addClassName("cm-provenance");

        search.setId("people-search");
        search.setPlaceholder("For example Hassan or YP000123");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        total.setId("people-total");
        total.getElement().setAttribute("aria-live", "polite");

        if (!NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.RECORDS)) {
            var none = new Paragraph("Your role does not open young people's records. An analyst sees the network "
                    + "and analytics under pseudonyms; an auditor sees the audit trail (docs/access.md).");
            none.setId("no-records");
            add(heading, none);
            return;
        }
        configureGrid();
        add(heading, intro);
        DataLoading data = loading.getIfAvailable(() -> DataLoading.NOTHING);
        if (LoadingBanner.needed(data)) {
            var banner = new LoadingBanner(data, "The list of young people appears here by itself when it is loaded.",
                    this::showList);
            add(banner);
            setListVisible(!banner.waiting());
        }
        add(search, total, grid);
        setFlexGrow(1, grid);
    }

    private void showList() {
        setListVisible(true);
        grid.getDataProvider().refreshAll();
    }

    private void setListVisible(boolean visible) {
        search.setVisible(visible);
        total.setVisible(visible);
        grid.setVisible(visible);
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Young people");
        grid.addColumn(LitRenderer.<PersonSummary>of("<a href=\"people/${item.id}\">${item.name}</a>")
                        .withProperty("id", PersonSummary::id)
                        .withProperty("name", PersonSummary::name))
                .setHeader("Name").setKey(PeopleQuery.Sort.NAME.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(PersonSummary::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(p -> p.ageOn(LocalDate.now()) == null ? "" : p.ageOn(LocalDate.now()).toString())
                .setHeader("Age").setKey(PeopleQuery.Sort.AGE.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(PersonSummary::homeArea).setHeader("Home area")
                .setKey(PeopleQuery.Sort.HOME_AREA.name()).setSortable(true);
        grid.addColumn(PersonSummary::schoolName).setHeader("School");
        grid.addColumn(p -> Words.label(p.socialCareStatus(), "Not recorded")).setHeader("Social care");
        grid.addColumn(p -> p.flags().stream().map(Words::flag).collect(Collectors.joining(", ")))
                .setHeader("Risk flags").setFlexGrow(2);
        grid.addColumn(p -> p.incidentsAsVictim() == 0 ? "" : Long.toString(p.incidentsAsVictim()))
                .setHeader("Times a victim").setAutoWidth(true);

        grid.setItems(query -> {
            var page = pageQuery(query.getOffset(), query.getLimit(), query.getSortOrders());
            return people.search(page).stream();
        }, query -> {
            long count = people.count(pageQuery(0, 0, List.of()));
            total.setText(count == 1 ? "1 young person" : String.format("%,d young people", count));
            return (int) Math.min(count, Integer.MAX_VALUE);
        });
    }

    private PeopleQuery pageQuery(int offset, int limit, List<QuerySortOrder> sortOrders) {
        PeopleQuery.Sort sort = PeopleQuery.Sort.NAME;
        boolean ascending = true;
        if (!sortOrders.isEmpty()) {
            sort = PeopleQuery.Sort.valueOf(sortOrders.getFirst().getSorted());
            ascending = sortOrders.getFirst().getDirection() == SortDirection.ASCENDING;
        }
        return new PeopleQuery(search.getValue(), sort, ascending, offset, limit);
    }
}
