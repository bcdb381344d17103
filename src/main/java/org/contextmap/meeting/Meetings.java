package org.contextmap.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Viewer;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordViews;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;
import org.contextmap.place.PlaceService;
import org.contextmap.plan.PlanSubject;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlan;
import org.contextmap.plan.SafetyPlans;
import org.springframework.stereotype.Service;

/**
 * Violence-reduction meetings: created for an area and a period, their agenda prepared from the
 * data, and what they recorded — the agencies present, the decisions and the new actions, each put
 * on the plan it concerns or on the area's context plan, so that it is in the tracker. Meetings
 * are for the roles that see casework and place risk.
 */
@Service
public class Meetings {

    private static final int DEFAULT_DAYS = 28;
    private static final int LONGEST_DAYS = 366;

    private final MeetingStore store;
    private final AgendaBuilder agendas;
    private final PlaceService places;
    private final PersonService people;
    private final SafetyPlans plans;
    private final RecordViews views;

    Meetings(MeetingStore store, AgendaBuilder agendas, PlaceService places, PersonService people,
            SafetyPlans plans, RecordViews views) {
        this.views = views;
        this.store = store;
        this.agendas = agendas;
        this.places = places;
        this.people = people;
        this.plans = plans;
    }

    public ReductionMeeting create(ReductionMeeting.Request request) {
        Viewer viewer = allowed();
        ReductionMeeting.Request asked = request == null ? new ReductionMeeting.Request(null, null, null, null)
                : request;
        MeetingArea area = area(asked.areaId());
        LocalDate heldOn = asked.heldOn() == null ? LocalDate.now() : asked.heldOn();
        LocalDate to = asked.to() == null ? heldOn : asked.to();
        LocalDate from = asked.from() != null ? asked.from()
                : store.previous(area.id(), heldOn).orElse(to.minusDays(DEFAULT_DAYS - 1L));
        period(from, to);
        ReductionMeeting meeting = new ReductionMeeting(UUID.randomUUID().toString(), area.id(), area.name(), from, to,
                heldOn, viewer.user(), OffsetDateTime.now(), List.of(), List.of(), List.of(), null, null);
        store.save(meeting);
        return meeting;
    }

    public List<ReductionMeeting> all() {
        allowed();
        return store.all();
    }

    public ReductionMeeting find(String id) {
        allowed();
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no meeting with id " + id + "."));
    }

    /** The agenda of a meeting, children by initials unless {@code names}. */
    public Agenda agenda(String id, boolean names) {
        ReductionMeeting meeting = find(id);
        MeetingArea area = area(meeting.areaId());
        LocalDate since = store.previous(meeting.areaId(), meeting.heldOn()).orElse(meeting.from());
        return agendas.build(area, meeting.from(), meeting.to(), since, names);
    }

    /** An agenda for an area and period without a meeting (the meeting pack asked for directly). */
    public Agenda agenda(String areaId, LocalDate from, LocalDate to, boolean names) {
        allowed();
        MeetingArea area = area(areaId);
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        period(start, end);
        LocalDate since = store.previous(area.id(), end).filter(d -> d.isAfter(start)).orElse(start);
        return agendas.build(area, start, end, since, names);
    }

    /** The meeting pack's agenda: as {@link #agenda(String, LocalDate, LocalDate, boolean)}, its taking out audited. */
    public Agenda pack(String areaId, LocalDate from, LocalDate to, boolean names) {
        Agenda agenda = agenda(areaId, from, to, names);
        views.exported(null, "violence-reduction meeting pack (PDF), " + agenda.areaName() + ", " + agenda.from()
                + " to " + agenda.to());
        return agenda;
    }

    /** Records who came, what was decided and the new actions; each action lands on a plan. */
    public ReductionMeeting record(String id, ReductionMeeting.Outcome outcome) {
        Viewer viewer = allowed();
        ReductionMeeting meeting = find(id);
        if (outcome == null) {
            throw new BadRequestException("Send {agencies, decisions, actions}.");
        }
        String why = "Agreed at the violence-reduction meeting on " + meeting.heldOn() + " ("
                + meeting.areaName() + ")";
        List<ReductionMeeting.AgreedAction> landed = new ArrayList<>(meeting.actions());
        List<ReductionMeeting.AgreedAction> asked = outcome.actions() == null ? List.of() : outcome.actions();
        for (int i = 0; i < asked.size(); i++) {
            ReductionMeeting.AgreedAction action = asked.get(i);
            if (action == null || action.description() == null || action.description().isBlank()) {
                throw new BadRequestException("actions[" + i + "].description is required.");
            }
            String planId = action.planId() != null && !action.planId().isBlank() ? action.planId().strip()
                    : areaPlan(meeting, i);
            PlanView on = plans.addAction(planId, new SafetyPlan.PlanAction(null, action.description(),
                    action.owner(), action.ownerName(), action.due(), null), why);
            landed.add(new ReductionMeeting.AgreedAction(action.description(), action.owner(), action.ownerName(),
                    action.due(), planId, on.subject().label() + ": " + on.subjectName()));
        }
        List<String> decisions = new ArrayList<>(meeting.decisions());
        if (outcome.decisions() != null) {
            outcome.decisions().stream().filter(d -> d != null && !d.isBlank()).map(String::strip)
                    .forEach(decisions::add);
        }
        List<String> agencies = outcome.agencies() == null ? meeting.agencies() : outcome.agencies().stream()
                .filter(a -> a != null && !a.isBlank()).map(a -> a.strip().toUpperCase(Locale.ROOT)).toList();
        ReductionMeeting recorded = new ReductionMeeting(meeting.id(), meeting.areaId(), meeting.areaName(),
                meeting.from(), meeting.to(), meeting.heldOn(), meeting.createdBy(), meeting.createdAt(), agencies,
                decisions, landed, viewer.user(), OffsetDateTime.now());
        store.save(recorded);
        return recorded;
    }

    /** The area's context plan, written now if it has none: where the meeting's area-wide actions go. */
    private String areaPlan(ReductionMeeting meeting, int index) {
        if (meeting.areaId() == null) {
            throw new BadRequestException("actions[" + index + "].planId is required: a meeting about the whole city "
                    + "puts each action on the plan it concerns.");
        }
        return plans.latestPlanId(PlanSubject.PLACE, meeting.areaId()).orElseGet(() -> plans.create(
                PlanSubject.PLACE, meeting.areaId(), new SafetyPlan("Violence-reduction plan for "
                        + meeting.areaName(), meeting.heldOn().plusWeeks(6), null, List.of(), List.of(), List.of(),
                        List.of(), null, null, List.of(), List.of(), "Started at the violence-reduction meeting on "
                        + meeting.heldOn())).id());
    }

    private MeetingArea area(String areaId) {
        if (areaId == null || areaId.isBlank()) {
            return MeetingArea.CITY;
        }
        Location place = places.find(areaId.strip()).orElseThrow(() -> new BadRequestException("There is no place "
                + "with id " + areaId + ": give a home area's id, or none for the whole city."));
        if (place.type() != LocationType.HOME_AREA) {
            throw new BadRequestException(place.name() + " is a " + place.type().label().toLowerCase(Locale.UK)
                    + ", not a home area: a meeting's area is a home area.");
        }
        return new MeetingArea(place.id(), place.name(), place.latitude(), place.longitude(),
                people.idsWhere(place.id(), null));
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ").");
        }
        if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
            throw new BadRequestException("A meeting looks at " + LONGEST_DAYS + " days at most.");
        }
    }

    private static Viewer allowed() {
        Viewer viewer = Viewer.current();
        NeedToKnow.require(viewer, NeedToKnow.Fact.CASEWORK, "violence-reduction meetings");
        NeedToKnow.require(viewer, NeedToKnow.Fact.PLACES, "violence-reduction meetings");
        return viewer;
    }
}
