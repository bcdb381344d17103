package org.contextmap.person.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.MainLayout;
import org.contextmap.group.GroupService;
import org.contextmap.person.PeopleQuery;
import org.contextmap.person.PersonService;
import org.contextmap.place.PlaceService;

/**
 * What the search box in the frame found: young people (only those the reader may open), peer
 * groups and places whose name or id holds the words typed. One match of one kind opens at once.
 */
@Route(MainLayout.SEARCH_ROUTE)
@PageTitle("Search · ContextMap")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int LIMIT = 25;

    private final PersonService people;
    private final GroupService groups;
    private final PlaceService places;

    public SearchView(PersonService people, GroupService groups, PlaceService places) {
        this.people = people;
        this.groups = groups;
        this.places = places;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        var heading = new H2(text.isEmpty() ? "Search" : "Search for “" + text + "”");
        heading.setId("search-heading");
        add(heading);
        if (text.isEmpty()) {
            add(new Paragraph("Type a name or an id in the search box at the top of the page."));
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Anchor> found = new java.util.ArrayList<>();
        if (NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.RECORDS)) {
            section("Young people", people.search(new PeopleQuery(text, PeopleQuery.Sort.NAME, true, 0, LIMIT)).stream()
                    .map(p -> new Anchor("people/" + p.id(), p.name() + " (" + p.id() + ")")).toList(), found);
        }
        section("Peer groups", groups.all().stream()
                .filter(g -> matches(lower, g.id(), g.name())).limit(LIMIT)
                .map(g -> new Anchor("groups/" + g.id(), g.name() + " (" + g.id() + ")")).toList(), found);
        section("Places", places.all().stream()
                .filter(p -> matches(lower, p.id(), p.name())).limit(LIMIT)
                .map(p -> new Anchor("places/" + p.id(), p.name() + " (" + p.id() + ")")).toList(), found);
        if (found.isEmpty()) {
            var none = new Paragraph("Nothing matches “" + text + "” that your role may open. Check the spelling, "
                    + "or search by id.");
            none.setId("search-nothing");
            add(none);
        } else if (found.size() == 1) {
            event.forwardTo(found.getFirst().getHref());
        }
    }

    private void section(String title, List<Anchor> links, List<Anchor> found) {
        if (links.isEmpty()) {
            return;
        }
        found.addAll(links);
        var list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(link)));
        add(new H3(title), list);
    }

    private static boolean matches(String lower, String id, String name) {
        return id.toLowerCase(Locale.ROOT).contains(lower) || (name != null && name.toLowerCase(Locale.ROOT).contains(lower));
    }
}
