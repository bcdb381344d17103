package org.contextmap.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ConflictException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NotFoundException;
import org.contextmap.explorer.NetworkSketches;
import org.contextmap.plan.PlanSubject;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlans;

/**
 * A safety plan for a young person, a peer group or a place ({@code /plans/people/YP1/new},
 * {@code /plans/people/YP1/{planId}}): the form beside what the records suggest to avoid and, for a
 * child, the picture of the people around them; saving writes a new version, and the earlier
 * versions and what changed between them are one click away.
 */
@Route("plans/:subject/:subjectId/:planId?")
@Uses(DatePicker.class)
@Uses(ComboBox.class)
@Uses(Select.class)
@Uses(TextArea.class)
@Uses(TextField.class)
@Uses(Details.class)
@PermitAll
public class PlanPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SafetyPlans plans;
    private final NetworkSketches sketches;
    private String title = "Safety plan · ContextMap";

    public PlanPage(SafetyPlans plans, NetworkSketches sketches) {
        this.plans = plans;
        this.sketches = sketches;
        setMaxWidth("90em");
        setId("plan-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String word = event.getRouteParameters().get("subject").orElse("");
        String subjectId = event.getRouteParameters().get("subjectId").orElse("");
        String planId = event.getRouteParameters().get("planId").orElse("new");
        PlanSubject subject;
        try {
            subject = PlanSubject.ofPath(word);
        } catch (IllegalArgumentException unknown) {
            add(new H2("No such plan"), new Paragraph("Plans are for people, groups or locations."));
            return;
        }
        try {
            show(subject, subjectId, "new".equals(planId) ? null : plans.version(subject, subjectId, planId, null));
        } catch (NotFoundException | ForbiddenException refused) {
            title = "Safety plan not shown · ContextMap";
            var why = new Paragraph(refused.getMessage());
            why.setId("plan-refused");
            add(new H2(refused instanceof ForbiddenException ? "This plan is not open to your role" : "Not found"),
                    why);
        }
    }

    private void show(PlanSubject subject, String subjectId, PlanView plan) {
        var form = new PlanForm(subject);
        var suggestions = new SuggestionsPanel(plan != null ? plan.suggestions()
                : plans.suggestions(subject, subjectId), form::addAvoid);
        String name = plan != null ? plan.subjectName() : null;
        String back = switch (subject) {
            case PERSON -> "people/" + subjectId;
            case GROUP -> "groups/" + subjectId;
            case PLACE -> "places/" + subjectId;
        };
        add(new Anchor(back, "← Back to the " + subject.label().toLowerCase(Locale.UK) + "'s page"));
        var heading = new H2(plan == null ? "New safety plan" : "Safety plan: " + plan.summary());
        heading.setId("plan-heading");
        add(heading);
        if (plan != null) {
            title = "Safety plan for " + name + " · ContextMap";
            var status = new Paragraph("For " + name + ". Version " + plan.version() + ", saved by " + plan.changedBy()
                    + (plan.changedAt() == null ? "" : " on " + WHEN.format(plan.changedAt())) + ". Review on "
                    + WHEN.format(plan.reviewOn()) + (plan.reviewOverdue() ? " — the review is overdue." : "."));
            status.setId("plan-status");
            if (plan.reviewOverdue()) {
                status.addClassName("cm-risk");
            }
            add(status, new PlanHistory(plans, plan));
            if (!plan.memberPlans().isEmpty()) {
                add(new MemberPlans(plan.memberPlans()));
            }
            form.show(plan);
        } else {
            form.startNew();
        }
        var save = new Button(plan == null ? "Save the plan" : "Save as version " + (plan.version() + 1),
                click -> save(subject, subjectId, plan, form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-save");
        form.add(save);
        var side = new Div();
        side.addClassName("cm-plan-side");
        if (subject == PlanSubject.PERSON) {
            side.add(sketches.around(subjectId));
        }
        side.add(suggestions);
        var columns = new FlexLayout(form, side);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        form.getStyle().set("flex", "2 1 30em");
        side.getStyle().set("flex", "1 1 24em");
        columns.setWidthFull();
        add(columns);
    }

    private void save(PlanSubject subject, String subjectId, PlanView plan, PlanForm form) {
        try {
            PlanView saved = plan == null ? plans.create(subject, subjectId, form.value())
                    : plans.revise(subject, subjectId, plan.id(), form.value());
            Notification.show("Saved as version " + saved.version() + ".", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("plans/" + subject.path() + "/" + subjectId + "/" + saved.id());
            UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
        } catch (BadRequestException | ConflictException | ForbiddenException wrong) {
            Notification note = Notification.show(wrong.getMessage(), 8000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setId("plan-error");
        }
    }
}
