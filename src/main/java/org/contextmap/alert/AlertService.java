package org.contextmap.alert;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NameScrubber;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Viewer;
import org.contextmap.base.RecentlyUsed;
import org.contextmap.base.Refreshed;
import org.contextmap.database.GraphVersion;
import org.contextmap.exchange.BundleImported;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.AuditAction;
import org.contextmap.person.RecordChanges;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Practice alerts for any day: the case book read from the database, every rule run, and the
 * recorded decisions laid over the result. The evaluation of a day is kept until the data change
 * (keyed by the data version, like the analytics snapshots), so that listing and deciding do not
 * re-read the city each time. An import brings it up to date on a copy before it answers; a
 * reader meanwhile keeps the evaluation from before it, whole, instead of waiting ({@link Refreshed}).
 */
@Service
public class AlertService {

    /** The files whose changes can change anyone's alerts: groups and their conflicts. */
    private static final Set<String> GROUP_FILES = Set.of("group_relations.csv", "peer_groups.csv");

    private final CaseBookReader reader;
    private final AlertDecisions decisions;
    private final GraphVersion versions;
    private final AlertSettings settings;
    private final RecordAccess access;
    private final RecordChanges changes;
    private final AtomicLong wholeReads = new AtomicLong();
    private final Refreshed<Evaluated> evaluated;

    AlertService(CaseBookReader reader, AlertDecisions decisions, GraphVersion versions, AlertSettings settings,
            RecordChanges changes, RecordAccess access, BackgroundWork background) {
        this.access = access;
        this.reader = reader;
        this.changes = changes;
        this.decisions = decisions;
        this.versions = versions;
        this.settings = settings;
        this.evaluated = new Refreshed<>("today's practice alerts", versions::current, this::next, background);
    }

    /** Which alerts to list. Every field is optional. */
    public record Filter(AlertCode code, String personId, String groupId, Agency agency, boolean includeDecided,
            AlertPriority priority) {

        public Filter(AlertCode code, String personId, String groupId, Agency agency, boolean includeDecided) {
            this(code, personId, groupId, agency, includeDecided, null);
        }
    }

    /** The alerts of {@link #alerts} gathered into one line per child, in work order. */
    public List<AlertCase> cases(LocalDate asOf, Filter filter) {
        return AlertCase.of(alerts(asOf, filter));
    }

    /**
     * The alerts on a day ({@code null}: today), with any decision recorded on them: most pressing
     * first, then newest, then by child and code — an order that does not change between requests
     * for the same data, so that pages are stable.
     */
    public List<Alert> alerts(LocalDate asOf, Filter filter) {
        RecordAccess.Lens lens = access.lens();
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.ALERTS, "practice alerts");
        if (filter.personId() != null) {
            access.requireOpen(filter.personId());
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Evaluation evaluation = evaluate(day);
        AlertDisclosure disclosure = new AlertDisclosure(lens, evaluation.book(), evaluation.scrubbers());
        Map<String, Decision> decided = filter.personId() != null ? decisions.latestAbout(filter.personId())
                : decisions.latest();
        List<Alert> listed = evaluation.alerts().stream()
                .map(alert -> decided.containsKey(alert.id()) ? alert.decided(decided.get(alert.id())) : alert)
                .filter(alert -> filter.includeDecided() || alert.decision() == null)
                .filter(alert -> filter.code() == null || alert.code() == filter.code())
                .filter(alert -> filter.personId() == null || alert.personId().equals(filter.personId()))
                .filter(alert -> filter.groupId() == null
                        || evaluation.book().groupsOf(alert.personId(), day).contains(filter.groupId()))
                .filter(alert -> filter.agency() == null || involves(evaluation.book(), alert.personId(), day,
                        filter.agency()))
                .filter(alert -> filter.priority() == null || alert.priority() == filter.priority())
                .filter(disclosure::shows)
                .toList();
        return disclosedWhenRead(listed, disclosure);
    }

    /**
     * The alerts as the reader may see them, each cut to what they may read when it is read: a page
     * of a hundred out of thousands costs a hundred name scrubs, not thousands.
     */
    private static List<Alert> disclosedWhenRead(List<Alert> alerts, AlertDisclosure disclosure) {
        return new AbstractList<>() {
            @Override
            public Alert get(int index) {
                return disclosure.of(alerts.get(index));
            }

            @Override
            public int size() {
                return alerts.size();
            }
        };
    }

    /**
     * The ids of the young people with an undecided alert on a day ({@code null}: today): ids only,
     * for reports that count (the disproportionality report, docs/access.md column EQUALITY).
     */
    public Set<String> peopleWithOpenAlerts(LocalDate asOf) {
        NeedToKnow.require(Viewer.current(), NeedToKnow.Fact.EQUALITY, "the disproportionality report");
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Map<String, Decision> decided = decisions.latest();
        return evaluate(day).alerts().stream().filter(alert -> !decided.containsKey(alert.id()))
                .map(Alert::personId).collect(Collectors.toSet());
    }

    /**
     * Records a decision on an alert raised on a day ({@code null}: today), and then, once it is
     * committed, the change in the audit trail.
     */
    public Alert decide(String alertId, LocalDate asOf, Decision.Outcome outcome, String reason, String decidedBy) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        NeedToKnow.Reach reach = NeedToKnow.reach(Viewer.current(), NeedToKnow.Fact.ALERTS);
        if (reach != NeedToKnow.Reach.ALL && reach != NeedToKnow.Reach.OWN) {
            throw new ForbiddenException("Your role does not decide practice alerts: the practitioners who work "
                    + "with the child do (see docs/access.md).");
        }
        Alert alert = find(alertId, day).orElseThrow(() -> new NotFoundException("There is no alert " + alertId
                + " on " + day + "."));
        access.requireOpen(alert.personId());
        Decision decision = decisions.record(alert, outcome, reason, decidedBy);
        changes.changed(alert.personId(), "alert decision " + alertId + ": " + outcome.name(), AuditAction.CHANGE);
        return alert.decided(decision);
    }

    private Optional<Alert> find(String alertId, LocalDate day) {
        return evaluate(day).alerts().stream().filter(a -> a.id().equals(alertId)).findFirst();
    }

    /** A day's alerts with the case book they were evaluated on. */
    private record Evaluation(CaseBook book, List<Alert> alerts, Map<String, NameScrubber> scrubbers) {
    }

    /**
     * The case book at a data version and the days evaluated on it. Never changed once made: an
     * import makes the next one beside it ({@link #next}), so a reader keeps a whole one while the
     * next is made ({@link Refreshed}).
     */
    private record Evaluated(long version, CaseBook book, Map<LocalDate, List<Alert>> days,
            Map<String, NameScrubber> scrubbers) {

        Evaluated(long version, CaseBook book) {
            this(version, book, Collections.synchronizedMap(new RecentlyUsed<>(8)), new ConcurrentHashMap<>());
        }

        Evaluation on(LocalDate day, AlertSettings settings) {
            return new Evaluation(book, days.computeIfAbsent(day, d -> ordered(PracticeRules.evaluate(book, d,
                    settings))), scrubbers);
        }
    }

    /**
     * Most pressing first, then newest, then by child and code: an order that does not change
     * between requests for the same data, so that pages are stable. Kept in this order, so that a
     * listing filters without sorting (a decision does not change an alert's place).
     */
    private static List<Alert> ordered(List<Alert> alerts) {
        return alerts.stream().sorted(Comparator.comparing(Alert::priority)
                .thenComparing(Alert::raisedOn, Comparator.reverseOrder()).thenComparing(Alert::personId)
                .thenComparing(a -> a.code().ordinal())).toList();
    }

    /**
     * After an import, brings the case book and the evaluated days up to date before the import
     * answers (see {@link #next}), so that the next listing does not wait for it.
     */
    @EventListener
    public void onImport(BundleImported imported) {
        Refreshed.Ready<Evaluated> last = evaluated.last();
        if (last == null || last.value().days().isEmpty() || imported.dataVersion() <= last.version()) {
            return; // nothing evaluated yet, or a listing has caught up already
        }
        evaluated.refresh();
    }

    /**
     * The case book and the evaluated days at {@code version}, made from those of the version
     * before. Each write records what it touched ({@link GraphVersion#changesBetween}), whichever
     * instance made it, so only the young people it touched are read again, with those whose
     * alerts read their facts (their family, the other people in their incidents, their recorded
     * siblings), and only they are re-evaluated, on a copy of the book. A change to the groups or
     * their conflicts can change the alerts of anyone involved in incidents between them, and a
     * change that does not say what it touched could have changed anything: then the whole case
     * book is read again.
     */
    private Evaluated next(Evaluated previous, long version) {
        Optional<GraphVersion.Change> change = previous == null ? Optional.empty()
                : versions.changesBetween(previous.version(), version);
        if (change.isEmpty() || change.get().everything()
                || change.get().files().stream().anyMatch(GROUP_FILES::contains)) {
            wholeReads.incrementAndGet();
            return new Evaluated(version, reader.read());
        }
        Set<String> touched = change.get().people();
        if (touched.isEmpty()) {
            return new Evaluated(version, previous.book(), previous.days(), previous.scrubbers());
        }
        Set<String> affected = affected(previous.book(), reader.readPeople(touched), touched);
        CaseBook book = new CaseBook().absorb(previous.book()).replace(affected, reader.readPeople(affected));
        Evaluated next = new Evaluated(version, book);
        synchronized (previous.days()) {
            previous.days().forEach((day, alerts) -> next.days().put(day, ordered(reevaluate(book, day, alerts,
                    affected, settings))));
        }
        return next;
    }

    /**
     * The touched people and everyone whose alerts read their facts — their family, their recorded
     * siblings and friends, the others in their incidents, the associates of their groups and of
     * the groups in conflict with them — as recorded before the import and after it
     * ({@code after} need hold only the touched people).
     */
    static Set<String> affected(CaseBook before, CaseBook after, Set<String> touched) {
        Set<String> affected = new HashSet<>(touched);
        for (String id : touched) {
            for (CaseBook book : List.of(before, after)) {
                affected.addAll(book.familyMembers(id));
                affected.addAll(book.recordedSiblings(id));
                affected.addAll(book.recordedFriends(id));
                book.incidents(id, LocalDate.MAX).forEach(i -> affected.addAll(i.parties().keySet()));
                for (String group : book.groupsOf(id, LocalDate.MAX)) { // the retaliation window of both groups
                    affected.addAll(book.associates(group, LocalDate.MAX));
                    book.rivals(group, LocalDate.MAX).forEach(rival -> affected.addAll(book.associates(rival,
                            LocalDate.MAX)));
                }
            }
        }
        return affected;
    }

    /** The day's alerts with those of {@code people} evaluated again on {@code fresh} facts. */
    static List<Alert> reevaluate(CaseBook fresh, LocalDate day, List<Alert> before, Set<String> people,
            AlertSettings settings) {
        List<Alert> after = new ArrayList<>(before.stream().filter(a -> !people.contains(a.personId()))
                .toList());
        for (String id : people) {
            var person = fresh.person(id);
            if (person != null) {
                after.addAll(PracticeRules.evaluate(person, fresh, day, settings));
            }
        }
        return List.copyOf(after);
    }

    /** A day's alerts on the case book now, or while an import's are being worked out, on the one before it. */
    private Evaluation evaluate(LocalDate day) {
        return evaluated.get().value().on(day, settings);
    }

    /** How many times the whole case book was read: for tests of the update after an import. */
    long wholeReads() {
        return wholeReads.get();
    }

    /** Whether an agency has referred, reported an incident about, or met about the young person. */
    private static boolean involves(CaseBook book, String personId, LocalDate day, Agency agency) {
        return book.referrals(personId, day).stream().anyMatch(r -> r.fromAgency() == agency)
                || book.incidents(personId, day).stream().anyMatch(i -> i.incident().source() == agency)
                || book.meetings(personId, day).stream().anyMatch(m -> m.agencies().contains(agency));
    }
}
