package org.contextmap.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The side panel: what the selected node or tie is, in words — for a tie its kind, who recorded
 * it and how sure they are — and the way on: a young person's record, a group's page or network.
 */
class SelectionPanel extends Div {

    private final Consumer<String> openPerson;
    private final BiConsumer<String, Boolean> openGroup;
    private final Consumer<String> openPlace;

    SelectionPanel(Consumer<String> openPerson, BiConsumer<String, Boolean> openGroup, Consumer<String> openPlace) {
        this.openPerson = openPerson;
        this.openPlace = openPlace;
        this.openGroup = openGroup;
        setId("network-details");
        setWidth("18em");
        getStyle().set("flex-shrink", "0");
        getElement().setAttribute("aria-live", "polite");
        clear();
    }

    void clear() {
        removeAll();
        add(new H3("Selected"), new Paragraph("Select a young person, a group, a place or a tie to see what is recorded "
                + "about it, by whom, and how sure they are."));
    }

    void show(String id, String sentence, String kind) {
        removeAll();
        add(new H3(switch (kind == null ? "" : kind) {
            case "person" -> "Young person";
            case "group" -> "Peer group";
            case "place" -> "Place";
            default -> "Tie";
        }));
        for (String line : (sentence == null ? id : sentence).split("\n")) {
            add(new Paragraph(line));
        }
        if ("person".equals(kind)) {
            var open = new Button("Open their record", click -> openPerson.accept(id));
            open.setId("open-record");
            add(open);
        } else if ("group".equals(kind)) {
            var network = new Button("Show this group's network", click -> openGroup.accept(id, true));
            network.setId("open-group-network");
            var page = new Button("Open the group's page", click -> openGroup.accept(id, false));
            add(network, page);
        } else if ("place".equals(kind)) {
            var page = new Button("Open the place's page", click -> openPlace.accept(id));
            page.setId("open-place");
            add(page);
        }
    }
}
