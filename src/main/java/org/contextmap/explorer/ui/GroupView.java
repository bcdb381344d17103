package org.contextmap.explorer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.PageRequest;
import org.contextmap.base.Viewer;
import org.contextmap.explorer.GroupActivity;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupService;
import org.contextmap.network.centrality.GroupAnalytics;
import org.contextmap.network.centrality.GroupReport;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.network.ego.EgoNetworks;
import org.contextmap.person.RecordAccess;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.contextmap.risk.TensionTrends;

/**
 * A peer group's page: the young people associated with it — association, not membership, each
 * with who recorded it, how sure they are and since when — the most central of them, the groups
 * it is recorded as in conflict or allied with, the tension with each group its associates have
 * harmed or been harmed by, with the trend and the incidents behind it, and its network; then,
 * over the last twelve months, the tension with each other group as a chart, the incidents its
 * associates were involved in and the places they are linked to ({@link GroupSections}).
 */
@Route("groups/:groupId")
@PermitAll
public class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_PEOPLE = 500;

    private final GroupAnalytics analytics;
    private final GroupService groups;
    private final EgoNetworks networks;
    private final RiskService risk;
    private final TensionTrends trends;
    private final GroupActivity activity;
    private final RecordAccess access;
    private String title = "Peer group · ContextMap";

    public GroupView(GroupAnalytics analytics, GroupService groups, EgoNetworks networks, RiskService risk,
            TensionTrends trends, GroupActivity activity, RecordAccess access) {
        this.access = access;
        this.trends = trends;
        this.activity = activity;
        this.analytics = analytics;
        this.groups = groups;
        this.networks = networks;
        this.risk = risk;
        setMaxWidth("72em");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("groupId").orElse("");
        try {
            var report = analytics.groups(null);
            Map<String, String> names = report.groups().stream()
                    .collect(Collectors.toMap(GroupReport.Group::groupId, GroupReport.Group::name));
            report.groups().stream().filter(g -> g.groupId().equals(id)).findFirst()
                    .ifPresentOrElse(group -> show(group, names), () -> {
                        title = "Not found · ContextMap";
                        add(new H2("No peer group with id " + id), new Paragraph("Check the id, or search by name."));
                    });
        } catch (ForbiddenException refused) {
            title = "Not open to your role · ContextMap";
            var why = new Paragraph(refused.getMessage());
            why.setId("not-open");
            add(new H2("This peer group is not open to your role"), why);
        }
    }

    private void show(GroupReport.Group group, Map<String, String> names) {
        title = group.name() + " · ContextMap";
        var heading = new H2(group.name());
        heading.setId("group-name");
        var intro = new Paragraph(group.associates() + " young people are recorded as associated with this group. "
                + "Association is not membership: each was recorded by an agency, with how sure they are.");
        add(heading, intro, new Anchor("network?group=" + group.groupId(), "See the group's network"));
        add(new H3("Recorded relations with other groups"), new Paragraph(relations(group, names)));
        associates(group);
        tensions(group);
        GroupSections.trend(trends, group.groupId(), group.name()).forEach(this::add);
        try {
            GroupActivity.Report report = activity.of(group.groupId(), GroupSections.MONTHS);
            GroupSections.incidents(report).forEach(this::add);
            GroupSections.places(report).forEach(this::add);
        } catch (ForbiddenException notForThisRole) {
            add(new Paragraph(notForThisRole.getMessage()));
        }
    }

    private static String relations(GroupReport.Group group, Map<String, String> names) {
        Function<List<String>, String> named = ids -> ids.stream().map(i -> names.getOrDefault(i, i))
                .collect(Collectors.joining(", "));
        String conflict = group.inConflictWith().isEmpty() ? "No recorded conflict."
                : "In recorded conflict with " + named.apply(group.inConflictWith()) + ".";
        String allied = group.alliedWith().isEmpty() ? " No recorded alliance."
                : " Recorded as allied with " + named.apply(group.alliedWith()) + ".";
        return conflict + allied;
    }

    /** Associates from the network (names as the reader's role may see them), with each association's provenance. */
    private void associates(GroupReport.Group group) {
        add(new H3("Associated young people"));
        EgoNetwork network = networks.ofGroup(group.groupId(), MAX_PEOPLE, null).orElse(null);
        if (network == null || network.nodes().stream().noneMatch(n -> "person".equals(n.kind()))) {
            add(new Paragraph("No young person is associated with this group today."));
            return;
        }
        boolean restrictedDetail = NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.RESTRICTED);
        // the network names each child as the reader's role may see them (a pseudonym for an analyst): the
        // associations are looked up by the same id, and a name links to a record only the reader may open
        RecordAccess.Lens lens = access.lens();
        Map<String, GroupAssociation> recorded = groups.associationsWith(group.groupId()).stream()
                .collect(Collectors.toMap(a -> lens.id(a.personId()), a -> a, (a, b) -> a));
        Map<String, Double> central = group.keyPeople().stream()
                .collect(Collectors.toMap(GroupReport.KeyPerson::personId, GroupReport.KeyPerson::betweennessWithin));
        var grid = new Grid<EgoNetwork.Node>();
        grid.setId("group-associates");
        grid.setAriaLabel("Young people associated with " + group.name());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(n -> recorded.containsKey(n.id()) && lens.opens(recorded.get(n.id()).personId())
                ? new Anchor("people/" + n.id(), n.label()) : new Span(n.label())).setHeader("Young person")
                .setComparator(EgoNetwork.Node::label).setSortable(true);
        grid.addColumn(n -> provenance(recorded.get(n.id()), restrictedDetail)).setHeader("Recorded by, how sure, since")
                .setFlexGrow(2);
        grid.addColumn(n -> String.format("%.3f", n.scores().getOrDefault("degree", 0.0)))
                .setHeader("Ties in the city (degree)").setComparator(n -> n.scores().getOrDefault("degree", 0.0)).setSortable(true);
        grid.addColumn(n -> central.containsKey(n.id()) ? String.format("Among the most central (%.2f)", central.get(n.id()))
                : "").setHeader("Within the group");
        grid.setItems(network.nodes().stream().filter(n -> "person".equals(n.kind()))
                .filter(n -> n.groups().contains(group.groupId())).toList());
        grid.setAllRowsVisible(true);
        add(grid);
    }


    private static String provenance(GroupAssociation association, boolean restrictedDetail) {
        if (association == null) {
            return "Not recorded";
        }
        if (Boolean.TRUE.equals(association.restricted()) && !restrictedDetail) {
            return "Restricted: the detail is held by the police";
        }
        return association.provenance().describe() + (association.provenance().since() == null ? ""
                : ", since " + association.provenance().since());
    }

    private void tensions(GroupReport.Group group) {
        add(new H3("Tensions with other groups"));
        RiskReports.Tensions all;
        try {
            all = risk.tensions(null, new PageRequest(0, 500), 5);
        } catch (ForbiddenException notForThisRole) {
            add(new Paragraph(notForThisRole.getMessage()));
            return;
        }
        List<RiskReports.Tension> mine = all.pairs().stream()
                .filter(t -> t.groupA().equals(group.groupId()) || t.groupB().equals(group.groupId())).toList();
        if (mine.isEmpty()) {
            add(new Paragraph("No harm between this group's associates and another group's is recorded in the last "
                    + all.periodDays() + " days."));
            return;
        }
        var grid = new Grid<RiskReports.Tension>();
        grid.setId("group-tensions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> {
            boolean a = t.groupA().equals(group.groupId());
            return new Anchor("groups/" + (a ? t.groupB() : t.groupA()), a ? t.groupBName() : t.groupAName());
        }).setHeader("With");
        grid.addColumn(RiskReports.Tension::relation).setHeader("Recorded relation");
        grid.addColumn(t -> String.format("%.1f now, %.1f the period before", t.current(), t.previous()))
                .setHeader("Harm between them");
        grid.addColumn(t -> t.trend().withArrow()).setHeader("Trend");
        grid.addColumn(t -> t.incidents().stream().map(i -> i.date() + " " + i.incident())
                .collect(Collectors.joining("; "))).setHeader("Latest incidents").setFlexGrow(3);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
