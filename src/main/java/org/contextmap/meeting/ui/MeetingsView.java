package org.contextmap.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.contextmap.base.BadRequestException;
import org.contextmap.meeting.Meetings;
import org.contextmap.meeting.ReductionMeeting;
import org.contextmap.person.PersonService;

/**
 * Violence-reduction meetings: the meetings held, newest first, and a new one for a home area (or
 * the whole city) and a period — by default the weeks since the area's last meeting.
 */
@Route("meetings")
@PageTitle("Violence-reduction meetings · ContextMap")
@Menu(title = "Meetings", order = 8.5, icon = "vaadin:group")
@RolesAllowed({"POLICE", "SOCIAL_CARE", "EDUCATION", "HEALTH", "YOUTH_JUSTICE", "VOLUNTARY", "ADMIN"})
public class MeetingsView extends VerticalLayout {

    private final Meetings meetings;
    private final Grid<ReductionMeeting> grid = new Grid<>(ReductionMeeting.class, false);

    public MeetingsView(Meetings meetings, PersonService people) {
        this.meetings = meetings;
        setSizeFull();
        var intro = new Paragraph("A violence-reduction meeting looks at an area over a period. Its agenda is "
                + "prepared from the records: hotspots, group tensions, new serious incidents, the young people at "
                + "highest risk of harm, open alerts, plans due for review and the actions by agency.");
        intro.addClassName("cm-provenance");
        Select<PersonService.Place> area = new Select<>();
        area.setLabel("Area");
        area.setId("meeting-area");
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("The whole city");
        area.setItems(people.homeAreas());
        area.setItemLabelGenerator(p -> p == null ? "The whole city" : p.name());
        var from = new DatePicker("From");
        from.setHelperText("Blank: since the area's last meeting");
        var to = new DatePicker("To", LocalDate.now());
        var held = new DatePicker("Held on", LocalDate.now());
        var create = new Button("Prepare the agenda", click -> {
            try {
                ReductionMeeting made = meetings.create(new ReductionMeeting.Request(area.getValue() == null ? null
                        : area.getValue().id(), from.getValue(), to.getValue(), held.getValue()));
                UI.getCurrent().navigate("meetings/" + made.id());
            } catch (BadRequestException wrong) {
                Notification.show(wrong.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("meeting-create");
        var form = new FlexLayout(area, from, to, held, create);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        grid.setId("meetings-grid");
        grid.addColumn(ReductionMeeting::heldOn).setHeader("Held on").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(m -> new Anchor("meetings/" + m.id(), m.areaName())))
                .setHeader("Area");
        grid.addColumn(m -> m.from() + " to " + m.to()).setHeader("Period");
        grid.addColumn(m -> m.agencies().isEmpty() ? "Not recorded yet" : m.agencies().size() + " agencies")
                .setHeader("Attendance");
        grid.addColumn(m -> m.actions().size()).setHeader("Actions agreed");
        grid.addColumn(ReductionMeeting::createdBy).setHeader("Prepared by");
        grid.setItems(meetings.all());
        add(new H2("Violence-reduction meetings"), intro, new H3("A new meeting"), form, new H3("Meetings"), grid);
    }
}
