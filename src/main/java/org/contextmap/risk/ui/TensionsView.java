package org.contextmap.risk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.PageRequest;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;

/**
 * Pairs of peer groups ranked by the harm between their associates, with the trend as an arrow
 * and a word, whether a conflict is recorded, and — opened per row — the incidents behind it.
 */
@Route("tensions")
@PageTitle("Group tensions · ContextMap")
@Menu(title = "Group tensions", order = 7, icon = "vaadin:fire")
@PermitAll
public class TensionsView extends VerticalLayout {

    static final int PAIRS = 50;
    static final int INCIDENTS = 10;

    public TensionsView(RiskService risk) {
        setSizeFull();
        var intro = new Paragraph("Harm between the associates of two groups in the last period, with the period "
                + "before for the trend. Association is not membership: a tension says where harm has happened, "
                + "not who is to blame.");
        intro.addClassName("cm-provenance");
        var summary = new Span();
        summary.setId("tensions-summary");
        var grid = new Grid<RiskReports.Tension>();
        grid.setId("tensions-grid");
        grid.setAriaLabel("Group tensions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(t -> new Div(new Anchor("groups/" + t.groupA(), t.groupAName()), new Span(" and "),
                new Anchor("groups/" + t.groupB(), t.groupBName()))).setHeader("Groups").setFlexGrow(2);
        grid.addColumn(RiskReports.Tension::relation).setHeader("Recorded relation").setAutoWidth(true);
        grid.addColumn(t -> String.format("%.1f", t.intensity())).setHeader("Intensity").setAutoWidth(true)
                .setComparator(RiskReports.Tension::intensity).setSortable(true);
        grid.addColumn(t -> t.trend().withArrow()).setHeader("Trend").setAutoWidth(true);
        grid.addColumn(RiskReports.Tension::incidentCount).setHeader("Incidents").setAutoWidth(true).setSortable(true);
        grid.addColumn(t -> t.reciprocity() > 0.5 ? "Both ways" : "Mostly one way").setHeader("Direction");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(t -> {
            var list = new Div();
            t.incidents().forEach(i -> list.add(new Paragraph(i.date() + " · " + i.incident() + " · suspects associated "
                    + "with " + i.suspectsGroup() + ", harmed associated with " + i.victimsGroup())));
            if (t.incidents().isEmpty()) {
                list.add(new Paragraph("No incidents in the period."));
            }
            return list;
        }));
        add(new H2("Group tensions"), intro, summary, grid);
        setFlexGrow(1, grid);
        try {
            RiskReports.Tensions tensions = risk.tensions(null, new PageRequest(0, PAIRS), INCIDENTS);
            grid.setItems(tensions.pairs());
            summary.setText(tensions.pairs().isEmpty() ? "No harm between groups' associates is recorded in the last "
                    + tensions.periodDays() + " days." : tensions.total() + " pairs of groups with harm between them, "
                    + "as known on " + tensions.asOf() + "; select a row for the incidents."
                    + (tensions.behind() == null ? "" : " " + tensions.behind()));
        } catch (ForbiddenException refused) {
            grid.setVisible(false);
            summary.setText(refused.getMessage());
        }
    }

}
