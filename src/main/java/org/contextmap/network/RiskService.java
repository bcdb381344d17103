package org.contextmap.network;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contextmap.base.Labelled;
import org.contextmap.database.GraphVersion;
import org.contextmap.exchange.BundleImported;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.risk.BackTest;
import org.contextmap.network.risk.Contribution;
import org.contextmap.network.risk.GroupTensions;
import org.contextmap.network.risk.HarmHistory;
import org.contextmap.network.risk.HawkesFit;
import org.contextmap.network.risk.RetaliationRisk;
import org.contextmap.network.risk.RiskBand;
import org.contextmap.network.risk.RiskParameters;
import org.contextmap.person.PersonRecordViewed;
import org.contextmap.person.PersonService;
import org.contextmap.person.YoungPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Retaliation risk, group tensions, the back-test and the fit over the cached network snapshot and
 * the harmful incidents. The incidents are read once per data version; each day's scores are kept
 * (a few days) and, after a change that only adds or changes incidents (an import here, or a
 * write by another instance sharing the database), updated by the contributions of the
 * incidents it touched rather than recomputed for the whole city.
 */
@Service
public class RiskService {

    private static final int DAYS_KEPT = 4;
    private static final int TOP_REASONS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NetworkSnapshots snapshots;
    private final HarmReader reader;
    private final RiskParameters parameters;
    private final PersonService people;
    private final GraphVersion versions;
    private final ApplicationEventPublisher events;
    private long version = -1;
    private HarmHistory history;
    private long recomputed;
    private final Map<LocalDate, Day> days = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Day> eldest) {
            return size() > DAYS_KEPT;
        }
    };

    /** One day's model and every person's score on it. */
    private record Day(RetaliationRisk model, double[] scores) {
    }

    RiskService(NetworkSnapshots snapshots, HarmReader reader, RiskParameters parameters, PersonService people,
            GraphVersion versions, ApplicationEventPublisher events) {
        this.snapshots = snapshots;
        this.versions = versions;
        this.reader = reader;
        this.parameters = parameters;
        this.people = people;
        this.events = events;
    }

    public RiskParameters parameters() {
        return parameters;
    }

    /**
     * One young person's risk on a day ({@code null}: today) with its {@code limit} largest
     * contributions and the rest summed, so that the whole still adds up to the score; the read is
     * audited.
     */
    public Optional<RiskReports.PersonRisk> risk(String personId, LocalDate asOf, int limit, String viewer,
            String channel) {
        Day day = day(asOf);
        int v = day.model().graph().vertex(personId);
        if (v < 0) {
            return Optional.empty();
        }
        events.publishEvent(new PersonRecordViewed(personId, viewer, channel));
        List<Contribution> all = day.model().explain(v);
        List<Contribution> shown = all.subList(0, Math.min(limit, all.size()));
        double rest = all.subList(shown.size(), all.size()).stream().mapToDouble(Contribution::weight).sum();
        Map<String, String> names = names(shown, List.of(personId));
        double score = day.scores()[v];
        RiskBand band = parameters.band(score);
        return Optional.of(new RiskReports.PersonRisk(personId, names.get(personId), day.model().asOf(), score, band,
                band.label(), shown.stream().map(c -> reason(c, names)).toList(),
                new RiskReports.Others(all.size() - shown.size(), rest), advice(band)));
    }

    /**
     * The {@code limit} highest scores on a day ({@code null}: today), each with its top reasons.
     * Listing a child with reasons reads their record, so each listed child's read is audited.
     */
    public RiskReports.Ranking ranking(LocalDate asOf, int limit, String viewer, String channel) {
        Day day = day(asOf);
        double[] scores = day.scores();
        Integer[] order = new Integer[scores.length];
        int scored = 0;
        for (int v = 0; v < scores.length; v++) {
            order[v] = v;
            if (scores[v] > 0) {
                scored++;
            }
        }
        var graph = day.model().graph();
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : graph.id(a).compareTo(graph.id(b)));
        int shown = Math.min(limit, scored);
        List<List<Contribution>> explained = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            explained.add(day.model().explain(order[r]).stream().limit(TOP_REASONS).toList());
            ids.add(graph.id(order[r]));
        }
        Map<String, String> names = names(explained.stream().flatMap(List::stream).toList(), ids);
        List<RiskReports.RankedPerson> ranked = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            String id = ids.get(r);
            events.publishEvent(new PersonRecordViewed(id, viewer, channel));
            ranked.add(new RiskReports.RankedPerson(r + 1, id, names.get(id), scores[order[r]],
                    parameters.band(scores[order[r]]), explained.get(r).stream().map(c -> reason(c, names)).toList()));
        }
        return new RiskReports.Ranking(day.model().asOf(), scores.length, scored, ranked);
    }

    /** Group pairs by conflict intensity on a day ({@code null}: today). */
    public RiskReports.Tensions tensions(LocalDate asOf, int limit, int incidentsPerPair) {
        NetworkSnapshot snapshot = snapshots.on(asOf);
        HarmHistory harm = history(snapshot);
        var groups = snapshot.groups();
        List<RiskReports.Tension> pairs = GroupTensions.on(groups, harm, parameters, snapshot.asOf(), incidentsPerPair)
                .stream().limit(limit).map(t -> new RiskReports.Tension(t.groupA(), groups.name(groups.group(t.groupA())),
                        t.groupB(), groups.name(groups.group(t.groupB())), t.relation(), relation(t.relation()),
                        t.intensity(), t.aToB(), t.bToA(), t.reciprocity(), t.current(), t.previous(), t.trend(),
                        t.incidentCount(), t.incidents().stream().map(i -> new RiskReports.TensionIncident(
                                i.incidentId(), i.date(), incident(i.type(), i.severity(), i.weapon()),
                                i.suspectsGroup(), i.victimsGroup(), i.weight())).toList()))
                .toList();
        return new RiskReports.Tensions(snapshot.asOf(), parameters.tensionPeriodDays(), pairs);
    }

    /** The back-test at these cut dates. */
    public BackTest.Report backTest(List<LocalDate> cuts) {
        NetworkSnapshot snapshot = snapshots.on(null);
        return BackTest.run(snapshot.people(), snapshot.groups(), history(snapshot), parameters, cuts);
    }

    /** Cut dates for a back-test when none are given: every 30 days over the last year that has 90 days after it. */
    public List<LocalDate> defaultCuts() {
        HarmHistory harm = history(snapshots.on(null));
        if (harm.size() == 0) {
            return List.of();
        }
        LocalDate last = LocalDate.ofEpochDay(harm.day(harm.size() - 1)).minusDays(BackTest.WINDOWS[2]);
        LocalDate first = LocalDate.ofEpochDay(harm.day(0)).plusDays(parameters.horizonDays() / 2);
        List<LocalDate> cuts = new ArrayList<>();
        for (LocalDate cut = last; !cut.isBefore(first) && cuts.size() < 12; cut = cut.minusDays(30)) {
            cuts.addFirst(cut);
        }
        return cuts;
    }

    /** Fits decay and distance weights on the history up to {@code to} ({@code null}: the last incident). */
    public HawkesFit.Fit fit(LocalDate to) {
        NetworkSnapshot snapshot = snapshots.on(null);
        HarmHistory harm = history(snapshot);
        if (harm.size() == 0) {
            throw new org.contextmap.base.BadRequestException("There are no harmful incidents to fit the model to.");
        }
        LocalDate end = to != null ? to : LocalDate.ofEpochDay(harm.day(harm.size() - 1));
        return HawkesFit.fit(snapshot.people(), snapshot.groups(), harm, parameters, end, 200);
    }

    // ---- caches

    /** How many times a whole day's scores were computed from scratch: for tests of the incremental update. */
    synchronized long fullRecomputations() {
        return recomputed;
    }

    private synchronized Day day(LocalDate asOf) {
        NetworkSnapshot snapshot = snapshots.on(asOf);
        HarmHistory harm = history(snapshot);
        return days.computeIfAbsent(snapshot.asOf(), d -> {
            RetaliationRisk model = new RetaliationRisk(snapshot.people(), snapshot.groups(), harm, parameters, d);
            recomputed++;
            return new Day(model, model.scores());
        });
    }

    private synchronized HarmHistory history(NetworkSnapshot snapshot) {
        if (history != null && version != snapshot.version()) {
            catchUp(snapshot.version());
        }
        if (history == null || version != snapshot.version()) {
            NetworkSnapshot full = snapshots.on(null);
            history = HarmHistory.of(full.people(), reader.all(), parameters);
            version = snapshot.version();
            days.clear();
        }
        return history;
    }

    /**
     * After an import, brings the cached scores up to date at once (see {@link #catchUp}).
     * Runs after the network snapshots have been carried forward.
     */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    public synchronized void onImport(BundleImported imported) {
        if (history != null && imported.dataVersion() > version) {
            catchUp(imported.dataVersion());
        }
    }

    /**
     * Brings the cached scores to version {@code to}. When every change recorded in between, by
     * this instance or another sharing the database, left the network as it was, each day's scores
     * lose the old contributions of the incidents written, and of the later incidents of their
     * victims (whose repeat-victimisation factor may change), and gain the new. Anything else
     * clears the cache.
     */
    private void catchUp(long to) {
        Optional<GraphVersion.Change> change = versions.changesBetween(version, to);
        if (change.isEmpty() || change.get().network()) {
            history = null;
            days.clear();
            return;
        }
        if (!change.get().incidents().isEmpty()) {
            update(change.get().incidents());
        }
        version = to;
    }

    private void update(Set<String> written) {
        HarmHistory before = history;
        HarmHistory after = before.with(reader.byIds(written), Set.of(), parameters);
        Set<String> touched = affectedIncidents(before, after, written);
        days.replaceAll((d, day) -> {
            RetaliationRisk updated = day.model().withHistory(after);
            double[] scores = day.scores().clone();
            for (String id : touched) {
                int old = before.index(id);
                if (old >= 0) {
                    day.model().addTo(scores, old, -1);
                }
                int fresh = after.index(id);
                if (fresh >= 0) {
                    updated.addTo(scores, fresh, 1);
                }
            }
            return new Day(updated, scores);
        });
        history = after;
    }

    /** The incidents whose contributions an import changes: those it wrote and their victims' others. */
    static Set<String> affectedIncidents(HarmHistory before, HarmHistory after, Collection<String> written) {
        Set<String> affected = new HashSet<>(written);
        for (HarmHistory history : List.of(before, after)) {
            int[] parties = history.parties();
            int[] incidents = history.personIncidents();
            for (String id : written) {
                int i = history.index(id);
                if (i < 0) {
                    continue;
                }
                for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                    int v = parties[k];
                    for (int s = history.personStart(v); s < history.personEnd(v); s++) {
                        affected.add(history.id(incidents[s]));
                    }
                }
            }
        }
        return affected;
    }

    // ---- words

    private Map<String, String> names(List<Contribution> contributions, List<String> more) {
        Set<String> ids = new HashSet<>(more);
        contributions.forEach(c -> c.path().forEach(step -> ids.add(step.personId())));
        return people.byIds(ids).stream().collect(Collectors.toMap(YoungPerson::id,
                p -> p.name() == null ? p.id() : p.name(), (a, b) -> a));
    }

    private RiskReports.Reason reason(Contribution c, Map<String, String> names) {
        Function<String, String> name = id -> names.getOrDefault(id, id);
        List<RiskReports.PathStep> path = c.path().stream().map(step -> new RiskReports.PathStep(step.personId(),
                name.apply(step.personId()), step.tie().stream().map(Labelled::label).collect(Collectors.joining("; ")),
                step.recordedBy().stream().map(Labelled::label).collect(Collectors.joining("; ")),
                step.confidence() == null ? null : step.confidence().label()))
                .toList();
        String what = incident(c.type(), c.severity(), c.weapon()).toLowerCase(Locale.UK);
        String when = c.date().format(DAY);
        String person = name.apply(c.path().getLast().personId());
        String party = name.apply(c.party());
        boolean victim = c.partyRole() == org.contextmap.incident.Role.VICTIM;
        StringBuilder text = new StringBuilder();
        if (c.distance() == 0 && c.viaGroup() == null) {
            text.append(person).append(victim ? " was harmed: " + article(what) + " on " + when
                    : " is a suspect in " + article(what) + " on " + when + ", and may be targeted in retaliation");
            if (c.repeat()) {
                text.append(", within ").append(parameters.repeatWindowDays())
                        .append(" days of an earlier harm (repeat victimisation)");
            }
        } else if (c.viaGroup() != null) {
            var groups = snapshots.on(null).groups();
            text.append(party).append(", associated with the same group as ").append(person).append(" (")
                    .append(groups.name(groups.group(c.viaGroup()))).append("), is a suspect in ").append(article(what))
                    .append(" on ").append(when).append(": ").append(person)
                    .append(" may be targeted in retaliation");
        } else {
            text.append(party).append(", ").append(steps(c.distance())).append(" from ").append(person);
            if (c.distance() > 1) {
                text.append(" through ").append(path.subList(1, path.size() - 1).stream()
                        .map(RiskReports.PathStep::name).collect(Collectors.joining(" and ")));
            } else {
                text.append(" (").append(path.getLast().tie().toLowerCase(Locale.UK)).append(")");
            }
            text.append(victim ? ", was harmed: " + article(what) + " on " + when
                    : ", is a suspect in " + article(what) + " on " + when);
        }
        if (!c.rivals().isEmpty()) {
            var groups = snapshots.on(null).groups();
            text.append(", between young people associated with ")
                    .append(groups.name(groups.group(c.rivals().get(0)))).append(" and ")
                    .append(groups.name(groups.group(c.rivals().get(1)))).append(", recorded as in conflict");
        }
        text.append('.');
        return new RiskReports.Reason(c.incidentId(), c.date(), incident(c.type(), c.severity(), c.weapon()),
                Labelled.of(c.source(), "Source not recorded"), c.partyRole().label(), path, c.viaGroup(), text.toString(), c.weight(),
                new RiskReports.Factors(c.harm(), c.decay(), c.reach(), c.conflict(), c.chronic(), c.repeat()));
    }

    private static String steps(int distance) {
        return switch (distance) {
            case 1 -> "one step away";
            case 2 -> "two steps away";
            case 3 -> "three steps away";
            default -> distance + " steps away";
        };
    }

    private static String article(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** "Stabbing (serious, knife)". */
    static String incident(org.contextmap.incident.IncidentType type, org.contextmap.incident.Severity severity,
            org.contextmap.incident.Weapon weapon) {
        List<String> details = new ArrayList<>();
        if (severity != null) {
            details.add(severity.label().toLowerCase(Locale.UK));
        }
        if (weapon != null && weapon != org.contextmap.incident.Weapon.NONE) {
            details.add(weapon.label().toLowerCase(Locale.UK));
        }
        String label = Labelled.of(type, "Incident");
        return details.isEmpty() ? label : label + " (" + String.join(", ", details) + ")";
    }

    private static String relation(GroupLink link) {
        if (link == GroupLink.CONFLICT) {
            return "In conflict";
        }
        return link == GroupLink.ALLIANCE ? "Allied" : "No recorded relation";
    }

    private static String advice(RiskBand band) {
        return switch (band) {
            case HIGH -> "Advice only: consider a safety plan for this young person and those around them now, and "
                    + "whether a strategy discussion is needed. A practitioner decides.";
            case MEDIUM -> "Advice only: review the young person's safety plan and the tensions around them. "
                    + "A practitioner decides.";
            case LOW -> "Advice only: recent harm nearby; keep in view.";
            case NONE -> "No recent harm recorded near this young person.";
        };
    }
}
