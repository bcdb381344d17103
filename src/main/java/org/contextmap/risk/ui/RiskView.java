package org.contextmap.risk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Viewer;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.contextmap.risk.model.RiskBand;

/**
 * Young people ranked by retaliation risk today, each with the band in words, the outlook and the
 * top reasons; filter by band. Listing a child with reasons reads their record, so the listed
 * children's reads are audited (by the service), one page at a time.
 */
@Route("risk")
@PageTitle("Retaliation risk · ContextMap")
@Menu(title = "Retaliation risk", order = 5, icon = "vaadin:warning")
@PermitAll
public class RiskView extends VerticalLayout {

    static final int PAGE = 50;

    private final RiskService risk;
    private final Grid<RiskReports.RankedPerson> grid = new Grid<>();
    private final Select<RiskBand> band = new Select<>();
    private final Select<Integer> page = new Select<>();
    private final Span summary = new Span();

    public RiskView(RiskService risk) {
        this.risk = risk;
        setSizeFull();
        var intro = new Paragraph("Who is most at risk of harm from retaliation, from recorded incidents near them in "
                + "the network and the tensions between groups. A high score is a reason to look, not a finding.");
        intro.addClassName("cm-provenance");
        band.setLabel("Band");
        band.setEmptySelectionAllowed(true);
        band.setEmptySelectionCaption("Every band");
        band.setItems(RiskBand.values());
        band.setItemLabelGenerator(b -> b == null ? "Every band" : b.label());
        band.addValueChangeListener(change -> show());
        page.setLabel("Page");
        page.addValueChangeListener(change -> show());
        summary.setId("risk-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        grid.setId("risk-grid");
        grid.setAriaLabel("Young people ranked by retaliation risk");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RiskReports.RankedPerson::rank).setHeader("Rank").setAutoWidth(true);
        grid.addComponentColumn(p -> new Anchor("people/" + p.personId(), p.name())).setHeader("Young person")
                .setAutoWidth(true);
        grid.addComponentColumn(p -> {
            var chip = new Span(p.bandLabel());
            chip.addClassNames("cm-chip", "cm-band-" + p.band().name().toLowerCase());
            return chip;
        }).setHeader("Band").setAutoWidth(true);
        grid.addColumn(p -> p.outlook() == null ? "" : p.outlook()).setHeader("Outlook").setFlexGrow(2);
        grid.addColumn(p -> p.topReasons().stream().map(RiskReports.Line::text).collect(Collectors.joining(" · ")))
                .setHeader("Top reasons").setFlexGrow(4);
        grid.addComponentColumn(p -> new Anchor("network?person=" + p.personId() + "&hops=2", "Network"))
                .setHeader("Network").setAutoWidth(true);
        add(new H2("Retaliation risk"), intro, new HorizontalLayout(band, page), summary, grid);
        setFlexGrow(1, grid);
        page.setItems(1);
        page.setValue(1);
    }

    private void show() {
        try {
            int number = page.getValue() == null ? 1 : page.getValue();
            RiskReports.Ranking ranking = risk.ranking(null, number - 1, PAGE, Viewer.current().user(), "ui");
            List<RiskReports.RankedPerson> rows = ranking.ranked().stream()
                    .filter(p -> band.getValue() == null || p.band() == band.getValue()).toList();
            grid.setItems(rows);
            int pages = Math.max(1, (ranking.total() + PAGE - 1) / PAGE);
            if (page.getListDataView().getItemCount() != pages) {
                page.setItems(java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList());
                page.setValue(number);
            }
            summary.setText(String.format("%,d young people scored on %s; page %d of %d. %s", ranking.total(),
                    ranking.asOf(), number, pages, ranking.bands().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase()).collect(Collectors.joining(", ")))
                    + (ranking.behind() == null ? "" : " " + ranking.behind()));
        } catch (ForbiddenException refused) {
            grid.setVisible(false);
            summary.setText(refused.getMessage());
        }
    }
}
