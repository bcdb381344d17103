package org.contextmap.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.contextmap.explorer.NetworkPicture;
import org.contextmap.explorer.PictureOptions;
import org.contextmap.network.ego.EgoNetwork;

/**
 * The explorer's controls, every one labelled: the day, the steps out from the child, what sizes
 * a node, which ties are drawn (kind, confidence, recording agency, peer group), which groups are
 * folded into one node, what is highlighted, and the two downloads.
 */
class Controls extends Div {

    private static final Map<String, String> SIZES = new LinkedHashMap<>();
    private static final List<String> CONFIDENCE = List.of("Confirmed only", "Probable or better",
            "Possible or better", "Every tie, unverified too");
    private static final Map<String, String> HIGHLIGHTS = new LinkedHashMap<>();

    static {
        SIZES.put("degree", "Number of ties (degree)");
        SIZES.put("pagerank", "Influence (PageRank)");
        SIZES.put("coreness", "Depth in the network (coreness)");
        SIZES.put("betweenness", "Bridging (betweenness)");
        SIZES.put("risk", "Retaliation risk score");
        HIGHLIGHTS.put("none", "Nothing");
        HIGHLIGHTS.put("cluster", "The centre's cluster");
        HIGHLIGHTS.put("bridges", "Bridges between groups in conflict");
    }

    private final TimeSlider slider;
    private final Select<Integer> hops = new Select<>();
    private final Select<String> sizeBy = new Select<>();
    private final Select<Integer> confidence = new Select<>();
    private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Kinds of tie");
    private final MultiSelectComboBox<String> agencies = new MultiSelectComboBox<>("Recorded by");
    private final MultiSelectComboBox<String> groups = new MultiSelectComboBox<>("Only these peer groups");
    private final MultiSelectComboBox<String> fold = new MultiSelectComboBox<>("Fold into one node");
    private final Select<String> highlight = new Select<>();
    private final Checkbox places = new Checkbox("Places of incidents", true);
    private final Map<String, String> groupNames = new TreeMap<>();
    private final Details more = new Details();
    private int hidden;
    private boolean quiet;

    Controls(Runnable redraw, Consumer<LocalDate> moved, IntConsumer steps, Consumer<String> highlighted,
            NetworkCanvas canvas) {
        addClassName("cm-network-controls");
        slider = new TimeSlider(moved);
        hops.setLabel("Steps from the child");
        hops.setId("network-hops");
        hops.setItems(1, 2, 3);
        hops.setItemLabelGenerator(n -> n == 1 ? "1 step" : n + " steps");
        hops.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                steps.accept(change.getValue());
            }
        });
        sizeBy.setLabel("Size by");
        sizeBy.setId("network-size-by");
        sizeBy.setItems(SIZES.keySet());
        sizeBy.setItemLabelGenerator(SIZES::get);
        sizeBy.setValue("degree");
        confidence.setLabel("Ties of confidence");
        confidence.setItems(0, 1, 2, 3);
        confidence.setItemLabelGenerator(CONFIDENCE::get);
        confidence.setValue(3);
        groups.setItemLabelGenerator(id -> groupNames.getOrDefault(id, id));
        fold.setItemLabelGenerator(id -> groupNames.getOrDefault(id, id));
        fold.setId("network-fold");
        highlight.setLabel("Highlight");
        highlight.setId("network-highlight");
        highlight.setItems(HIGHLIGHTS.keySet());
        highlight.setItemLabelGenerator(HIGHLIGHTS::get);
        highlight.setValue("none");
        highlight.addValueChangeListener(change -> highlighted.accept(change.getValue()));
        for (var field : List.of(kinds, agencies, groups, fold)) {
            field.setWidth("14em");
            field.addValueChangeListener(change -> {
                if (!quiet) {
                    redraw.run();
                }
            });
        }
        sizeBy.addValueChangeListener(change -> redraw.run());
        places.setId("network-places");
        places.setTooltipText("Triangles: where incidents involving the young people drawn happened in the last 12 "
                + "months");
        places.addValueChangeListener(change -> {
            if (!quiet) {
                redraw.run();
            }
        });
        confidence.addValueChangeListener(change -> redraw.run());
        var png = new Button("Picture (PNG)", VaadinIcon.DOWNLOAD.create(), click -> canvas.downloadPng("contextmap-network.png"));
        var graphml = new Button("GraphML", VaadinIcon.DOWNLOAD.create(), click -> canvas.downloadGraphml("contextmap-network.graphml"));
        png.setId("download-png");
        graphml.setId("download-graphml");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        graphml.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        png.setTooltipText("Download the picture as drawn");
        graphml.setTooltipText("Download what is drawn as GraphML, for Gephi or yEd");
        more.setSummaryText("Filters, folding groups, highlights");
        more.add(row(confidence, kinds, agencies, groups, fold, highlight));
        add(row(slider, hops, sizeBy, places, png, graphml), more);
    }

    private static FlexLayout row(Component... parts) {
        var row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("align-items", "baseline");
        return row;
    }

    /** Shows the controls that apply: steps only around a child, filters only on a network of people. */
    void showing(boolean ego, boolean group, int steps, LocalDate asOf) {
        hops.setVisible(ego);
        hops.setValue(steps);
        boolean people = ego || group;
        sizeBy.setVisible(people);
        places.setVisible(people);
        more.setVisible(people);
        slider.set(asOf);
    }

    /** Offers the kinds of tie, agencies and groups found in this network, keeping what was chosen. */
    void choicesFrom(EgoNetwork network) {
        quiet = true;
        try {
            groupNames.clear();
            network.nodes().stream().filter(n -> "group".equals(n.kind())).forEach(n -> groupNames.put(n.id(), n.label()));
            refill(kinds, NetworkPicture.values(network, EgoNetwork.Link::kinds));
            refill(agencies, NetworkPicture.values(network, EgoNetwork.Link::sources));
            refill(groups, groupNames.keySet());
            refill(fold, groupNames.keySet());
        } finally {
            quiet = false;
        }
    }

    private static void refill(MultiSelectComboBox<String> field, Set<String> values) {
        Set<String> chosen = Set.copyOf(field.getValue());
        field.setItems(List.copyOf(values));
        field.setValue(chosen.stream().filter(values::contains).toList().toArray(String[]::new));
    }

    PictureOptions options() {
        return new PictureOptions(sizeBy.getValue(), kinds.getValue(), confidence.getValue(), agencies.getValue(),
                groups.getValue(), fold.getValue(), places.getValue());
    }

    /** Sets whether places are drawn, without redrawing (a new network: on for a small one, off for a large). */
    void showPlaces(boolean shown) {
        quiet = true;
        try {
            places.setValue(shown);
        } finally {
            quiet = false;
        }
    }

    String highlightChoice() {
        return highlight.getValue();
    }

    void hidden(int ties) {
        hidden = ties;
    }

    String hiddenNote() {
        return hidden == 0 ? "" : " " + hidden + (hidden == 1 ? " tie is" : " ties are") + " hidden by the filters.";
    }
}
