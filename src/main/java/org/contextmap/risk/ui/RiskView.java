package org.contextmap.risk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Viewer;
import org.contextmap.risk.RankingFilter;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.contextmap.risk.model.RiskBand;

/**
 * Young people ranked by retaliation risk today, each with the band in words, the outlook and the
 * top reasons; filtered by band, home area, school and peer group, combined, by the service (so
 * that the pages and the count are of the filtered list). The filters are kept in the address
 * ({@code /risk?band=HIGH&area=…&school=…&group=…}) so that a filtered list can be shared, and read
 * back from it. Listing a child with reasons reads their record, so the listed children's reads
 * are audited (by the service), one page at a time.
 */
@Route("risk")
@PageTitle("Retaliation risk · ContextMap")
@Menu(title = "Retaliation risk", order = 5, icon = "vaadin:warning")
@PermitAll
public class RiskView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 50;

    private final RiskService risk;
    private final Grid<RiskReports.RankedPerson> grid = new Grid<>();
    private final Select<RiskBand> band = new Select<>();
    private final Select<RiskReports.Choice> area = choice("Home area", "Every area", "risk-area");
    private final Select<RiskReports.Choice> school = choice("School", "Every school", "risk-school");
    private final Select<RiskReports.Choice> group = choice("Associated with", "Any peer group", "risk-group");
    private final Select<Integer> page = new Select<>();
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph();
    private boolean entering;

    public RiskView(RiskService risk) {
        this.risk = risk;
        setSizeFull();
        var intro = new Paragraph("Who is most at risk of harm from retaliation, from recorded incidents near them in "
                + "the network and the tensions between groups. A high score is a reason to look, not a finding.");
        intro.addClassName("cm-provenance");
        band.setLabel("Band");
        band.setId("risk-band");
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption("Every band");
        band.setItems(RiskBand.values());
        band.setItemLabelGenerator(b -> b == null ? "Every band" : b.label());
        band.setWidth("11em");
        page.setLabel("Page");
        page.setWidth("6em");
        page.setId("risk-page");
        summary.setId("risk-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        empty.setId("risk-empty");
        empty.setVisible(false);
        grid.setId("risk-grid");
        grid.setAriaLabel("Young people ranked by retaliation risk");
        grid.addClassName("cm-top-aligned");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RiskReports.RankedPerson::rank).setHeader("Rank").setWidth("5.5em").setFlexGrow(0);
        grid.addComponentColumn(p -> new Anchor("people/" + p.personId(), p.name())).setHeader("Young person")
                .setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(p -> {
            var chip = new Span(p.bandLabel());
            chip.addClassNames("cm-chip", "cm-band-" + p.band().name().toLowerCase());
            return chip;
        }).setHeader("Band").setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(p -> p.outlook() == null ? "" : p.outlook()).setHeader("Outlook").setWidth("10em").setFlexGrow(2);
        grid.addColumn(p -> p.topReasons().stream().map(RiskReports.Line::text).collect(Collectors.joining(" · ")))
                .setHeader("Top reasons").setWidth("16em").setFlexGrow(5);
        grid.addComponentColumn(p -> new Anchor("network?person=" + p.personId() + "&hops=2", "Network"))
                .setHeader("Network").setWidth("6.5em").setFlexGrow(0);
        var filters = new FlexLayout(band, area, school, group, page);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        add(new H2("Retaliation risk"), intro, filters, summary, empty, grid);
        setFlexGrow(1, grid);
        page.setItems(1);
        page.setValue(1);
        band.addValueChangeListener(change -> filtered());
        area.addValueChangeListener(change -> filtered());
        school.addValueChangeListener(change -> filtered());
        group.addValueChangeListener(change -> filtered());
        page.addValueChangeListener(change -> show());
    }

    private static Select<RiskReports.Choice> choice(String label, String any, String id) {
        var select = new Select<RiskReports.Choice>();
        select.setLabel(label);
        select.setId(id);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(c -> c == null ? any : c.name());
        select.setWidth("12em");
        return select;
    }

    /** Reads the filters from the address: {@code band}, {@code area}, {@code school}, {@code group}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        List<String> unknown = new ArrayList<>();
        entering = true;
        try {
            RiskReports.Choices choices = risk.rankingChoices();
            area.setItems(choices.areas());
            school.setItems(choices.schools());
            group.setItems(choices.groups());
            String wanted = query.getSingleParameter("band").orElse(null);
            band.setValue(wanted == null ? null : Arrays.stream(RiskBand.values())
                    .filter(b -> b.name().equalsIgnoreCase(wanted)).findFirst().orElse(null));
            if (wanted != null && band.getValue() == null) {
                unknown.add("band " + wanted);
            }
            select(area, choices.areas(), query.getSingleParameter("area").orElse(null), "home area", unknown);
            select(school, choices.schools(), query.getSingleParameter("school").orElse(null), "school", unknown);
            select(group, choices.groups(), query.getSingleParameter("group").orElse(null), "peer group", unknown);
        } catch (ForbiddenException refused) {
            // the list says so below
        } finally {
            page.setValue(1);
            entering = false;
        }
        show();
        if (!unknown.isEmpty()) {
            summary.setText("No " + String.join(", no ", unknown) + " is recorded; that filter is not applied. "
                    + summary.getText());
        }
    }

    private static void select(Select<RiskReports.Choice> select, List<RiskReports.Choice> choices, String id,
            String what, List<String> unknown) {
        select.setValue(id == null ? null : choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
        if (id != null && select.getValue() == null) {
            unknown.add(what + " " + id);
        }
    }

    private void filtered() {
        if (entering) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (band.getValue() != null) {
            query.put("band", band.getValue().name());
        }
        put(query, "area", area.getValue());
        put(query, "school", school.getValue());
        put(query, "group", group.getValue());
        String location = "risk" + (query.isEmpty() ? "" : "?" + QueryParameters.simple(query).getQueryString());
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
        if (page.getValue() == null || page.getValue() != 1) {
            page.setValue(1); // shows
        } else {
            show();
        }
    }

    private static void put(Map<String, String> query, String key, RiskReports.Choice choice) {
        if (choice != null) {
            query.put(key, choice.id());
        }
    }

    private RankingFilter filter() {
        return new RankingFilter(band.getValue(), id(area), id(school), id(group));
    }

    private static String id(Select<RiskReports.Choice> select) {
        return select.getValue() == null ? null : select.getValue().id();
    }

    private void show() {
        if (entering) {
            return;
        }
        try {
            int number = page.getValue() == null ? 1 : page.getValue();
            RankingFilter filter = filter();
            RiskReports.Ranking ranking = risk.ranking(null, filter, number - 1, PAGE, Viewer.current().user(), "ui");
            grid.setItems(ranking.ranked());
            int pages = Math.max(1, (ranking.total() + PAGE - 1) / PAGE);
            if (page.getListDataView().getItemCount() != pages) {
                entering = true;
                page.setItems(IntStream.rangeClosed(1, pages).boxed().toList());
                page.setValue(Math.min(number, pages));
                entering = false;
            }
            boolean none = ranking.total() == 0;
            grid.setVisible(!none);
            empty.setVisible(none);
            empty.setText(none ? RiskWords.noneMatch(filter, band.getValue(), name(area), name(school), name(group),
                    ranking.asOf()) : "");
            summary.setText(RiskWords.summary(ranking, filter, number, pages));
        } catch (ForbiddenException refused) {
            grid.setVisible(false);
            summary.setText(refused.getMessage());
        }
    }

    private static String name(Select<RiskReports.Choice> select) {
        return select.getValue() == null ? null : select.getValue().name();
    }
}
