package org.contextmap.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertPriority;
import org.contextmap.alert.AlertService;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.PageRequest;
import org.contextmap.group.GroupService;
import org.contextmap.group.PeerGroup;
import org.contextmap.hotspot.HotspotService;
import org.contextmap.incident.IncidentService;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordAccess;
import org.contextmap.plan.ActionTracker;
import org.contextmap.plan.PlanDue;
import org.contextmap.plan.PlanSubject;
import org.contextmap.plan.TrackedAction;
import org.contextmap.risk.RankingFilter;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.springframework.stereotype.Component;

/**
 * Prepares a violence-reduction meeting's agenda from the data, each part through the service
 * that owns it (so each obeys the reader's need to know): hotspots of the area with their trend,
 * tensions between the area's peer groups with the incidents behind them, the period's serious
 * incidents, the young people of the area at highest risk of harm now and whether their band rose
 * since the period began, open alerts by code, plans past their review date and the open actions
 * by agency, overdue ones first. A part the reader's role does not see is left out and said so in {@code notes}.
 */
@Component
class AgendaBuilder {

    private static final int HOTSPOTS = 10;
    private static final int TENSIONS = 8;
    private static final int AT_RISK = 12;

    private final HotspotService hotspots;
    private final RiskService risk;
    private final AlertService alerts;
    private final ActionTracker tracker;
    private final GroupService groups;
    private final AgendaIncidents incidents;
    private final RecordAccess access;
    private final IncidentService incidentCasts;
    private final PersonService people;

    AgendaBuilder(HotspotService hotspots, RiskService risk, AlertService alerts, ActionTracker tracker,
            GroupService groups, AgendaIncidents incidents, RecordAccess access, IncidentService incidentCasts,
            PersonService people) {
        this.incidentCasts = incidentCasts;
        this.people = people;
        this.hotspots = hotspots;
        this.risk = risk;
        this.alerts = alerts;
        this.tracker = tracker;
        this.groups = groups;
        this.incidents = incidents;
        this.access = access;
    }

    Agenda build(MeetingArea area, LocalDate from, LocalDate to, LocalDate since, boolean names) {
        RecordAccess.Lens lens = access.lens();
        Names naming = new Names(lens, names);
        List<String> notes = new ArrayList<>();
        List<Agenda.HotspotLine> places = part(notes, "hotspots", () -> hotspots(area, since, to));
        List<Agenda.TensionLine> tensions = part(notes, "group tensions", () -> tensions(area, to));
        List<Agenda.IncidentLine> serious = part(notes, "incidents", () -> incidents.serious(area, from, to, lens,
                naming));
        List<Agenda.AtRisk> atRisk = part(notes, "retaliation risk", () -> atRisk(area, from, to, naming));
        List<Agenda.AlertCount> open = part(notes, "practice alerts", () -> alerts(area, to));
        ActionTracker.Tracker tracked = part(notes, "safety plans and actions", () -> tracker.open(
                ActionTracker.Filter.ALL, to));
        List<PlanDue> due = tracked == null ? List.of() : tracked.reviewsOverdue().stream()
                .filter(p -> p.subject() != PlanSubject.PERSON || area.lives(p.subjectId()))
                .map(p -> p.subject() == PlanSubject.PERSON ? new PlanDue(p.planId(), p.subject(), p.subjectId(),
                        naming.of(p.subjectId(), p.subjectName()), p.summary(), p.reviewOn(),
                        p.overdueWorkingDays()) : p)
                .toList();
        Map<String, List<TrackedAction>> byAgency = new TreeMap<>();
        if (tracked != null) {
            tracked.actions().stream()
                    .filter(a -> a.subject() != PlanSubject.PERSON || area.lives(a.subjectId()))
                    .forEach(a -> byAgency.computeIfAbsent(a.ownerLabel(), k -> new ArrayList<>()).add(
                            a.subject() == PlanSubject.PERSON ? rename(a, naming.of(a.subjectId(), a.subjectName()))
                                    : a));
        }
        return new Agenda(area.id(), area.name(), from, to, since, nonNull(places), nonNull(tensions),
                nonNull(serious), nonNull(atRisk), nonNull(open), due, byAgency.entrySet().stream()
                .map(e -> new Agenda.AgencyActions(e.getKey(), e.getValue().stream().sorted(java.util.Comparator
                        .comparing(TrackedAction::overdueWorkingDays).reversed()).toList())).toList(),
                notes.isEmpty() ? null : "Not open to your role, so left out: " + String.join(", ", notes) + ".");
    }

    private List<Agenda.HotspotLine> hotspots(MeetingArea area, LocalDate since, LocalDate to) {
        return hotspots.ranked(since, to, 500).stream().filter(h -> h.place().latitude() != null)
                .filter(h -> area.city() || Distance.metres(area.latitude(), area.longitude(), h.place().latitude(),
                        h.place().longitude()) <= AgendaIncidents.AREA_METRES)
                .limit(HOTSPOTS)
                .map(h -> new Agenda.HotspotLine(h.place().id(), h.place().name(), h.place().latitude(),
                        h.place().longitude(), h.incidentCount(), h.score(), h.trendLabel()))
                .toList();
    }

    private List<Agenda.TensionLine> tensions(MeetingArea area, LocalDate to) {
        List<RiskReports.Tension> pairs = risk.tensions(to, new PageRequest(0, 200), 3).pairs();
        Set<String> local = area.city() ? null : groups.all().stream().filter(g -> area.name().equals(g.area()))
                .map(PeerGroup::id).collect(Collectors.toSet());
        return pairs.stream().filter(t -> local == null || local.contains(t.groupA()) || local.contains(t.groupB()))
                .limit(TENSIONS)
                .map(t -> new Agenda.TensionLine(t.groupAName(), t.groupBName(), t.relation(), t.intensity(),
                        t.trend() == null ? "" : t.trend().label(), t.incidentCount(),
                        t.incidents().stream().map(i -> i.date() + " " + i.incident()).toList()))
                .toList();
    }

    private List<Agenda.AtRisk> atRisk(MeetingArea area, LocalDate from, LocalDate to, Names naming) {
        RiskReports.Ranking ranking = risk.ranking(to, new RankingFilter(null, area.id(), null, null), 0, AT_RISK,
                null, "api");
        List<String> ids = ranking.ranked().stream().map(RiskReports.RankedPerson::personId).toList();
        Map<String, RiskReports.Marker> before = risk.markers(ids, from);
        Set<String> mentioned = new java.util.HashSet<>(ids);
        incidentCasts.castsOf(ranking.ranked().stream().flatMap(r -> r.topReasons().stream())
                .flatMap(l -> l.incidentIds() == null ? java.util.stream.Stream.empty() : l.incidentIds().stream())
                .distinct().toList()).forEach(v -> mentioned.add(v.personId()));
        var scrubber = naming.scrubber(people.names(mentioned));
        return ranking.ranked().stream().map(r -> {
            RiskReports.Marker then = before.get(r.personId());
            boolean rose = then != null && !then.bandLabel().equals(r.bandLabel()) && then.score() < r.score();
            return new Agenda.AtRisk(r.personId(), naming.of(r.personId(), r.name()), r.bandLabel(),
                    then == null ? "no score" : then.bandLabel(), rose,
                    r.topReasons().stream().limit(3).map(l -> scrubber.scrub(l.text())).toList());
        }).toList();
    }

    private List<Agenda.AlertCount> alerts(MeetingArea area, LocalDate to) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Alert alert : alerts.alerts(to, new AlertService.Filter(null, null, null, null, false))) {
            if (!area.lives(alert.personId())) {
                continue;
            }
            int[] count = counts.computeIfAbsent(alert.code().name(), c -> new int[2]);
            count[0]++;
            if (alert.priority() != AlertPriority.ROUTINE) {
                count[1]++;
            }
            labels.put(alert.code().name(), alert.label());
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue()[1] != a.getValue()[1]
                        ? b.getValue()[1] - a.getValue()[1] : b.getValue()[0] - a.getValue()[0])
                .map(e -> new Agenda.AlertCount(e.getKey(), labels.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static TrackedAction rename(TrackedAction a, String name) {
        return new TrackedAction(a.planId(), a.actionId(), a.subject(), a.subjectId(), name, a.description(),
                a.owner(), a.ownerLabel(), a.ownerName(), a.due(), a.status(), a.overdueWorkingDays(), a.mine(),
                a.myAgency());
    }

    private static <T> T part(List<String> notes, String what, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ForbiddenException notForThisRole) {
            notes.add(what);
            return null;
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
