package org.contextmap.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Viewer;
import org.contextmap.meeting.Agenda;
import org.contextmap.meeting.Meetings;
import org.contextmap.meeting.ReductionMeeting;
import org.contextmap.meeting.pack.MeetingPack;
import org.contextmap.plan.PlanChecks;

/**
 * One violence-reduction meeting: its agenda prepared from the records, the meeting pack to
 * download (initials, or names where the role allows), and what the meeting recorded — who came,
 * the decisions, the new actions, each put on the plan it concerns (the area's context plan by
 * default) and so into the tracker.
 */
@Route("meetings/:meetingId")
@Uses(MultiSelectComboBox.class)
@Uses(ComboBox.class)
@Uses(DatePicker.class)
@Uses(Select.class)
@Uses(TextArea.class)
@Uses(TextField.class)
@RolesAllowed({"POLICE", "SOCIAL_CARE", "EDUCATION", "HEALTH", "YOUTH_JUSTICE", "VOLUNTARY", "ADMIN"})
public class MeetingPage extends VerticalLayout implements BeforeEnterObserver {

    private final Meetings meetings;

    public MeetingPage(Meetings meetings) {
        this.meetings = meetings;
        setMaxWidth("80em");
        setId("meeting-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("meetingId").orElse("");
        add(new Anchor("meetings", "← All meetings"));
        try {
            show(meetings.find(id));
        } catch (NotFoundException | ForbiddenException refused) {
            add(new H2("Meeting not shown"), new Paragraph(refused.getMessage()));
        }
    }

    private void show(ReductionMeeting meeting) {
        Agenda agenda = meetings.agenda(meeting.id(), false);
        var heading = new H2("Violence-reduction meeting: " + meeting.areaName() + ", " + meeting.heldOn());
        heading.setId("meeting-heading");
        add(heading, new Paragraph("Looking at " + meeting.from() + " to " + meeting.to() + "; prepared by "
                + meeting.createdBy() + ". Children are shown by initials and id."));
        var packs = new FlexLayout(pack(meeting, false, "Download the meeting pack (PDF, initials)"),
                pack(meeting, true, "Download with names where your role allows"));
        packs.getStyle().set("gap", "var(--lumo-space-l)");
        add(packs, new AgendaView(agenda));
        recorded(meeting);
        record(meeting, agenda);
    }

    private Anchor pack(ReductionMeeting meeting, boolean names, String text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = MeetingPack.pdf(meetings.pack(meeting.areaId(), meeting.from(), meeting.to(), names),
                    Viewer.current().user(), names);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "meeting-pack-" + meeting.heldOn() + ".pdf",
                    "application/pdf", pdf.length);
        }), text);
        anchor.setId(names ? "meeting-pack-names" : "meeting-pack");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void recorded(ReductionMeeting meeting) {
        if (meeting.agencies().isEmpty() && meeting.decisions().isEmpty() && meeting.actions().isEmpty()) {
            return;
        }
        add(new H3("Recorded"));
        var list = new UnorderedList();
        list.setId("meeting-recorded");
        list.add(new ListItem("Present: " + String.join(", ", meeting.agencies().stream().map(PlanChecks::ownerLabel)
                .toList())));
        meeting.decisions().forEach(d -> list.add(new ListItem("Decided: " + d)));
        meeting.actions().forEach(a -> list.add(new ListItem("Action: " + a.description() + " (" + PlanChecks.ownerLabel(a.owner())
                + ", due " + a.due() + ") on the plan for " + a.landedOn())));
        add(list);
    }

    private void record(ReductionMeeting meeting, Agenda agenda) {
        add(new H3("Record the meeting"));
        var present = new MultiSelectComboBox<Agency>("Agencies present");
        present.setItems(Agency.values());
        present.setItemLabelGenerator(Agency::label);
        present.setId("meeting-present");
        var decisions = new TextArea("Decisions, one per line");
        decisions.setWidthFull();
        var action = new TextField("New action");
        action.setWidth("24em");
        action.setId("meeting-action");
        var owner = new ComboBox<Agency>("Owned by");
        owner.setItems(Agency.values());
        owner.setItemLabelGenerator(Agency::label);
        owner.setId("meeting-owner");
        var ownerName = new TextField("Named owner");
        var due = new DatePicker("Due");
        due.setId("meeting-due");
        Map<String, String> plans = new LinkedHashMap<>();
        plans.put("", meeting.areaId() == null ? "Choose the plan it goes on" : "The area's context plan");
        agenda.plansDue().forEach(p -> plans.put(p.planId(), "Plan for " + p.subjectName()));
        agenda.actions().forEach(a -> a.actions().forEach(t -> plans.putIfAbsent(t.planId(), "Plan for "
                + t.subjectName())));
        var plan = new Select<String>();
        plan.setLabel("On the plan");
        plan.setItems(plans.keySet());
        plan.setItemLabelGenerator(plans::get);
        plan.setValue("");
        var save = new Button("Record", click -> {
            try {
                List<ReductionMeeting.AgreedAction> actions = action.isEmpty() ? List.of()
                        : List.of(new ReductionMeeting.AgreedAction(action.getValue(), owner.getValue() == null ? null
                        : owner.getValue().name(), ownerName.getValue(), due.getValue(), plan.getValue().isEmpty()
                        ? null : plan.getValue(), null));
                meetings.record(meeting.id(), new ReductionMeeting.Outcome(present.getValue().stream()
                        .map(Agency::name).toList(), Arrays.stream(decisions.getValue().split("\n"))
                        .map(String::strip).filter(d -> !d.isEmpty()).toList(), actions));
                Notification.show("Recorded.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (BadRequestException | ForbiddenException | NotFoundException wrong) {
                Notification.show(wrong.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-record");
        var actionRow = new FlexLayout(action, owner, ownerName, due, plan);
        actionRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actionRow.getStyle().set("gap", "var(--lumo-space-s)");
        add(present, decisions, actionRow, save);
    }

}
