package org.contextmap.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.RecentlyUsed;
import org.contextmap.base.Refreshed;
import org.contextmap.database.GraphVersion;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.network.snapshot.SnapshotsCaughtUp;
import org.contextmap.risk.model.BackTest;
import org.contextmap.risk.model.Calibration;
import org.contextmap.risk.model.GroupTensions;
import org.contextmap.risk.model.HarmHistory;
import org.contextmap.risk.model.Outlook;
import org.contextmap.risk.model.ReasonLine;
import org.contextmap.risk.model.RetaliationRisk;
import org.contextmap.risk.model.RiskParameters;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every young person's retaliation-risk score, kept for the last few days asked for, over the
 * harmful incidents read once per data version. After a change that only adds or changes
 * incidents (an import here, or a write by another instance sharing the database), the kept days
 * are updated by the contributions of the incidents it touched rather than recomputed for the
 * whole city: a new stabbing changes the scores of the people near it in milliseconds.
 */
@Component
class RiskScores {

    private static final int DAYS_KEPT = 4;

    private final NetworkSnapshots snapshots;
    private final HarmReader reader;
    private final ModelFit fit;
    private final GraphVersion versions;
    private ModelFit.InUse inUse;
    private long version = -1;
    private HarmHistory history;
    private Calibration calibration;
    private boolean calibrated;
    private long recomputed;
    /**
     * The next read of the history keeps the fitted parameters and the calibration: the change that
     * made it necessary named what it touched (an import of a partner's delta that added a child or
     * a tie). The EM fit takes minutes on a big city and held every risk request behind it after each
     * such import (docs/performance.md, "Many people at once"); it runs again after a change to
     * everything (a whole city imported, or a write that does not say) and on each start.
     */
    private boolean keepModel;
    private final Map<LocalDate, Day> days = new RecentlyUsed<>(DAYS_KEPT);
    private final Refreshed<Today> today;

    /**
     * Today's scores with what gives them meaning, taken together: the ranked list reads them as one
     * value, kept whole while the next import's are computed ({@link Refreshed}).
     */
    record Today(Day day, Calibration calibration, ModelFit.InUse inUse,
            Map<Integer, List<GroupTensions.Tension>> tensions) {

        Today(Day day, Calibration calibration, ModelFit.InUse inUse) {
            this(day, calibration, inUse, new ConcurrentHashMap<>());
        }

        /**
         * Today's group tensions with so many incidents a pair, worked out once for this model: every
         * school view asks for them.
         */
        List<GroupTensions.Tension> tensions(RiskParameters parameters, int incidentsPerPair) {
            return tensions.computeIfAbsent(incidentsPerPair, n -> GroupTensions.on(day.groups(),
                    day.model().history(), parameters, day.model().asOf(), n));
        }
    }

    /**
     * One day's model, every person's score on it, and the vertices by score: highest first, equal
     * scores by id, so that pages of the ranking are stable.
     */
    record Day(RetaliationRisk model, double[] scores, int[] order, Map<Integer, List<ReasonLine>> explained) {

        /** The peer groups of the day's network, for naming them. */
        GroupNetwork groups() {
            return model.groups();
        }

        /** A person's explanation lines on the day, kept: the ranked list asks for the same children again. */
        List<ReasonLine> lines(int vertex) {
            return explained.computeIfAbsent(vertex, model::lines);
        }

        static Day of(RetaliationRisk model, double[] scores) {
            var graph = model.graph();
            int[] order = IntStream.range(0, scores.length).boxed()
                    .sorted((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                            : graph.id(a).compareTo(graph.id(b)))
                    .mapToInt(Integer::intValue).toArray();
            return new Day(model, scores, order, new ConcurrentHashMap<>());
        }
    }

    RiskScores(NetworkSnapshots snapshots, HarmReader reader, ModelFit fit, GraphVersion versions,
            BackgroundWork background) {
        this.snapshots = snapshots;
        this.reader = reader;
        this.fit = fit;
        this.versions = versions;
        this.today = new Refreshed<>("today's ranked retaliation risk", versions::current,
                (previous, version) -> computeToday(), background);
    }

    /**
     * Today's scores, calibration and model: those of the data version now, or, while they are
     * being computed after an import, the previous ones, marked as behind. A new day (after
     * midnight) is computed at once.
     */
    Refreshed.Ready<Today> today() {
        Refreshed.Ready<Today> ready = today.get();
        if (ready.value().day().model().asOf().equals(LocalDate.now())) {
            return ready;
        }
        return new Refreshed.Ready<>(computeToday(), ready.version(), ready.current());
    }

    /** Brings today's scores up to the data now in this thread: the work done ahead of requests after an import. */
    Today refreshToday() {
        return today.refresh().value();
    }

    private synchronized Today computeToday() {
        Day day = day(null);
        return new Today(day, calibration(), inUse());
    }

    /** The model and every score on a day ({@code null}: today), computed once and kept. */
    synchronized Day day(LocalDate asOf) {
        NetworkSnapshot snapshot = snapshots.on(asOf);
        HarmHistory harm = history(snapshot);
        return days.computeIfAbsent(snapshot.asOf(), d -> {
            RetaliationRisk model = new RetaliationRisk(snapshot.people(), snapshot.groups(), harm,
                    inUse.parameters(), d);
            recomputed++;
            return Day.of(model, model.scores());
        });
    }

    /** The harmful incidents as of the snapshot's data version, read again only when that has moved on. */
    synchronized HarmHistory history(NetworkSnapshot snapshot) {
        if (history != null && version != snapshot.version()) {
            catchUp(snapshot.version());
        }
        if (history == null || version != snapshot.version()) {
            NetworkSnapshot full = snapshots.on(null);
            history = HarmHistory.of(full.people(), reader.all(), fit.configured());
            if (!keepModel || inUse == null) {
                inUse = fit.parameters(full, history, null);
                calibrated = false;
            }
            keepModel = false;
            version = snapshot.version();
            days.clear();
        }
        return history;
    }

    /**
     * The map from score to probability over the outlook, fitted on this history's back-test cuts
     * ({@link BackTest#calibrate}) when the history is read, and kept while only incidents are
     * added to it: a few new incidents do not change what a score means. Null when the history is
     * too short to calibrate.
     */
    synchronized Calibration calibration() {
        NetworkSnapshot full = snapshots.on(null);
        HarmHistory harm = history(full);
        if (!calibrated) {
            calibration = BackTest.calibrate(full.people(), full.groups(), harm, inUse.parameters());
            calibrated = true;
        }
        return calibration;
    }

    /** What a score means: its probability over the outlook and its band. */
    synchronized Outlook outlook(double score) {
        return Outlook.of(score, calibration(), inUse.parameters());
    }

    /** The parameters the scores are computed with, and where they come from. */
    synchronized ModelFit.InUse inUse() {
        history(snapshots.on(null));
        return inUse;
    }

    /**
     * After an import, once the network snapshots have caught up with it, brings the kept scores up
     * to date at once when the import only added or changed incidents (see {@link #catchUp}), so
     * the first request after it is fast. After one that changed the network, the history is read
     * again and today's scores computed by {@link RiskWarmUp} off the request path, not here: the
     * import would wait for it before answering.
     */
    @EventListener
    public synchronized void onNetworkCaughtUp(SnapshotsCaughtUp caughtUp) {
        if (history != null && caughtUp.dataVersion() > version) {
            catchUp(caughtUp.dataVersion());
        }
    }

    /** How many times a whole day's scores were computed from scratch: for tests of the incremental update. */
    synchronized long fullRecomputations() {
        return recomputed;
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
            // a few people or ties more do not change what the model learnt from the city's history
            keepModel = change.isPresent() && !change.get().everything();
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
        HarmHistory after = before.with(reader.byIds(written), Set.of(), fit.configured());
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
            return Day.of(updated, scores);
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
}
