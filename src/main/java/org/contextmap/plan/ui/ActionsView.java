package org.contextmap.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.base.ForbiddenException;
import org.contextmap.plan.ActionTracker;
import org.contextmap.plan.PlanDue;
import org.contextmap.plan.TrackedAction;

/**
 * The action tracker: every open action of the plans the reader may see, their own first, then
 * their agency's, then the most overdue, each overdue one saying by how many working days; filters
 * by agency, named owner and who or where the plan is about; and the plans past their review date.
 */
@Route("actions")
@PageTitle("Actions · ContextMap")
@Menu(title = "Actions", order = 8, icon = "vaadin:tasks")
@RolesAllowed({"POLICE", "SOCIAL_CARE", "EDUCATION", "HEALTH", "YOUTH_JUSTICE", "VOLUNTARY", "ADMIN"})
public class ActionsView extends VerticalLayout {

    private final ActionTracker tracker;
    private final Select<Agency> agency = new Select<>();
    private final TextField owner = new TextField("Named owner");
    private final TextField about = new TextField("About (child, group or place id)");
    private final Span count = new Span();
    private final Grid<TrackedAction> grid = new Grid<>(TrackedAction.class, false);
    private final Grid<PlanDue> reviews = new Grid<>(PlanDue.class, false);

    public ActionsView(ActionTracker tracker) {
        this.tracker = tracker;
        setSizeFull();
        var intro = new Paragraph("Open actions of every safety plan you may see: yours first, then your agency's, "
                + "then the most overdue. Overdue is counted in working days.");
        intro.addClassName("cm-provenance");
        agency.setLabel("Agency that owns it");
        agency.setEmptySelectionAllowed(true);
        agency.setEmptySelectionCaption("Any agency");
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(a -> a == null ? "Any agency" : a.label());
        for (TextField field : new TextField[] {owner, about}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> refresh());
        }
        agency.addValueChangeListener(change -> refresh());
        count.setId("actions-count");
        count.getElement().setAttribute("aria-live", "polite");
        grid.setId("actions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.mine() ? "Yours" : a.myAgency() ? "Your agency" : "").setHeader("Whose")
                .setAutoWidth(true);
        grid.addColumn(TrackedAction::description).setHeader("Action").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(a -> new Anchor("plans/" + a.subject().path() + "/" + a.subjectId()
                + "/" + a.planId(), a.subjectName()))).setHeader("Plan for").setFlexGrow(2);
        grid.addColumn(a -> a.ownerLabel() + (a.ownerName() == null ? "" : " (" + a.ownerName() + ")"))
                .setHeader("Owner").setFlexGrow(2);
        grid.addColumn(TrackedAction::due).setHeader("Due").setSortable(true).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(a -> {
            var state = new Span(a.overdue() ? "Overdue by " + a.overdueWorkingDays() + " working day"
                    + (a.overdueWorkingDays() == 1 ? "" : "s") : a.status().label());
            if (a.overdue()) {
                state.addClassName("cm-risk");
            }
            return state;
        })).setHeader("Status").setAutoWidth(true);
        reviews.setId("reviews-grid");
        reviews.setAllRowsVisible(true);
        reviews.addColumn(new ComponentRenderer<>(p -> new Anchor("plans/" + p.subject().path() + "/" + p.subjectId()
                + "/" + p.planId(), p.subjectName()))).setHeader("Plan for");
        reviews.addColumn(PlanDue::summary).setHeader("Plan").setFlexGrow(2);
        reviews.addColumn(PlanDue::reviewOn).setHeader("Review was due");
        reviews.addColumn(p -> p.overdueWorkingDays() + " working days ago").setHeader("Overdue");
        var filters = new FlexLayout(agency, owner, about);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2("Actions"), intro, filters, count, grid, new H3("Plans past their review date"), reviews);
        refresh();
    }

    private void refresh() {
        try {
            String id = about.getValue().isBlank() ? null : about.getValue().strip();
            // a child's, a group's or a place's id: one box for the three
            var found = tracker.open(new ActionTracker.Filter(agency.getValue() == null ? null
                    : agency.getValue().name(), owner.getValue(), null, null, null), LocalDate.now());
            var all = found.actions().stream().filter(a -> id == null || a.subjectId().equalsIgnoreCase(id)).toList();
            grid.setItems(all);
            long overdue = all.stream().filter(TrackedAction::overdue).count();
            count.setText(all.size() + (all.size() == 1 ? " open action" : " open actions") + ", " + overdue
                    + " overdue");
            reviews.setItems(found.reviewsOverdue().stream().filter(p -> id == null || p.subjectId()
                    .equalsIgnoreCase(id)).toList());
        } catch (ForbiddenException refused) {
            count.setText(refused.getMessage());
        }
    }
}
