package org.contextmap.explorer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.contextmap.explorer.CityPicture;
import org.contextmap.explorer.NetworkPicture;

/**
 * The network as a sortable table: the same people (or groups) as the picture, for screen-reader
 * users and for anyone who would rather sort than look.
 */
class NetworkTable extends Div {

    private final Grid<NetworkPicture.PersonRow> people = new Grid<>();
    private final Grid<CityPicture.GroupRow> groups = new Grid<>();

    NetworkTable() {
        setWidthFull();
        people.setId("network-table");
        people.addColumn(NetworkPicture.PersonRow::name).setHeader("Young person").setSortable(true).setFlexGrow(2);
        people.addColumn(NetworkPicture.PersonRow::groups).setHeader("Associated with").setSortable(true).setFlexGrow(2);
        people.addColumn(NetworkPicture.PersonRow::hops).setHeader("Steps from the centre").setSortable(true);
        people.addColumn(NetworkPicture.PersonRow::ties).setHeader("Ties drawn").setSortable(true);
        people.addColumn(NetworkPicture.PersonRow::band).setHeader("Retaliation risk").setSortable(true);
        people.addColumn(row -> row.victim() ? "Victim of a recorded incident" : "").setHeader("Harmed").setSortable(true);
        people.addColumn(row -> String.format("%.3f", row.measure())).setHeader("Size measure")
                .setComparator(NetworkPicture.PersonRow::measure);
        groups.setId("network-group-table");
        groups.addColumn(CityPicture.GroupRow::name).setHeader("Peer group").setSortable(true).setFlexGrow(2);
        groups.addColumn(CityPicture.GroupRow::associates).setHeader("Associated young people").setSortable(true);
        groups.addColumn(CityPicture.GroupRow::conflicts).setHeader("Recorded conflicts").setSortable(true);
        groups.addColumn(CityPicture.GroupRow::alliances).setHeader("Recorded alliances").setSortable(true);
        groups.addColumn(row -> String.format("%.3f", row.betweenness())).setHeader("Bridging (betweenness)")
                .setComparator(CityPicture.GroupRow::betweenness);
        add(people, groups);
    }

    /**
     * The rows are handed to the grids only while the table is the tab shown: filling a grid of
     * 500 rows beside the picture cost the browser a second before it could draw the picture.
     */
    private boolean shown;
    private List<NetworkPicture.PersonRow> peopleRows = List.of();
    private List<CityPicture.GroupRow> groupRows;

    void showPeople(List<NetworkPicture.PersonRow> rows) {
        peopleRows = rows;
        groupRows = null;
        fill();
    }

    void showGroups(List<CityPicture.GroupRow> rows) {
        groupRows = rows;
        fill();
    }

    /** The table's tab was chosen ({@code true}) or left. */
    void shown(boolean now) {
        shown = now;
        fill();
    }

    private void fill() {
        boolean city = groupRows != null;
        people.setVisible(!city);
        groups.setVisible(city);
        people.setItems(shown && !city ? peopleRows : List.of());
        groups.setItems(shown && city ? groupRows : List.of());
    }
}
