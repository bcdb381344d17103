package org.contextmap.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.PageRequest;
import org.contextmap.base.Refreshed;
import org.contextmap.base.Viewer;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.RecordViews;
import org.contextmap.risk.model.BackTest;
import org.contextmap.risk.model.Calibration;
import org.contextmap.risk.model.Contribution;
import org.contextmap.risk.model.GroupTensions;
import org.contextmap.risk.model.HarmHistory;
import org.contextmap.risk.model.HawkesFit;
import org.contextmap.risk.model.Outlook;
import org.contextmap.risk.model.ReasonLine;
import org.contextmap.risk.model.RiskBand;
import org.contextmap.risk.model.RiskParameters;
import org.springframework.stereotype.Service;

/**
 * Retaliation risk as the HTTP API and the command line ask for it: one child's score with its
 * reasons, everyone ranked, the tensions between groups, the back-test and the fit. The scores
 * come from {@link RiskScores}, the sentences from {@link RiskReasons}; every child whose reasons
 * are shown has that read recorded in the audit trail.
 */
@Service
public class RiskService {

    private static final int TOP_REASONS = 3;

    private final RiskScores scores;
    private final RiskReasons reasons;
    private final ReasonLines lineWords;
    private final RiskParameters parameters;
    private final ModelFit fit;
    private final NetworkSnapshots snapshots;
    private final RecordViews views;
    private final RecordAccess access;
    private final RankingFilters filters;

    RiskService(RiskScores scores, RiskReasons reasons, ReasonLines lineWords, RiskParameters parameters,
            ModelFit fit, NetworkSnapshots snapshots, RecordViews views, RecordAccess access, RankingFilters filters) {
        this.filters = filters;
        this.access = access;
        this.fit = fit;
        this.scores = scores;
        this.reasons = reasons;
        this.lineWords = lineWords;
        this.parameters = parameters;
        this.snapshots = snapshots;
        this.views = views;
    }

    public RiskParameters parameters() {
        return parameters;
    }

    /**
     * One young person's risk on a day ({@code null}: today): the probability and band, the score
     * explained in its {@code lines} largest lines, and its {@code limit} largest contributions with
     * the rest summed, so that the whole still adds up to the score; the read is audited.
     */
    public Optional<RiskReports.PersonRisk> risk(String personId, LocalDate asOf, int limit, int lines, String viewer,
            String channel) {
        RecordViews.permitted(); // a read through the API that does not say why is refused before any work
        Optional<RiskReports.PersonRisk> risk = explain(personId, asOf, limit, lines);
        risk.ifPresent(found -> views.viewed(personId, "risk"));
        return risk;
    }

    /**
     * The same as {@link #risk} without announcing the read: for a feature that audits its own use
     * of the explanation under another action (the subject-access export).
     */
    public Optional<RiskReports.PersonRisk> explain(String personId, LocalDate asOf, int limit, int lines) {
        RiskScores.Day day = scores.day(asOf);
        int v = day.model().graph().vertex(personId);
        if (v < 0) {
            return Optional.empty();
        }
        RecordAccess.Lens lens = access.requireOpen(personId);
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.RISK, "retaliation risk");
        List<Contribution> all = day.model().explain(v);
        List<Contribution> shown = all.subList(0, Math.min(limit, all.size()));
        double rest = all.subList(shown.size(), all.size()).stream().mapToDouble(Contribution::weight).sum();
        List<ReasonLine> gathered = day.lines(v); // kept per day: the ranked list may have explained this child already
        List<ReasonLine> named = gathered.subList(0, Math.min(lines, gathered.size()));
        Map<String, String> names = disclosed(reasons.names(concat(shown, named), List.of(personId)), lens);
        double score = day.scores()[v];
        Outlook outlook = scores.outlook(score);
        RiskReports.Explanation explanation = lineWords.explanation(gathered, score, lines, names,
                lineWords.places(named), day.groups(), day.model().asOf());
        return Optional.of(new RiskReports.PersonRisk(personId, names.get(personId), day.model().asOf(), score,
                outlook.band(), outlook.band().label(), outlook.probability(), outlook.timesAverage(),
                ReasonLines.outlook(outlook), explanation,
                shown.stream().map(c -> pathDisclosed(reasons.reason(c, names, day.groups()), lens)).toList(),
                new RiskReports.Others(all.size() - shown.size(), rest), RiskReasons.advice(outlook.band()),
                scores.inUse().source()));
    }

    /**
     * One page of everyone with a score on a day ({@code null}: today), highest first (ties by id),
     * each with the probability and the top lines of the explanation. Listing a child with reasons
     * reads their record, so the listed children's reads are audited, in one write.
     */
    public RiskReports.Ranking ranking(LocalDate asOf, int page, int size, String viewer, String channel) {
        return ranking(asOf, RankingFilter.NONE, page, size, viewer, channel);
    }

    /**
     * The same, kept to the young people a filter matches (band, home area, school, peer group);
     * {@code total} counts those the filter keeps, {@code bands} still the whole city.
     */
    public RiskReports.Ranking ranking(LocalDate asOf, RankingFilter filter, int page, int size, String viewer,
            String channel) {
        RecordAccess.Lens lens = access.lens();
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.RISK, "retaliation risk");
        boolean today = asOf == null || asOf.equals(LocalDate.now());
        Refreshed.Ready<RiskScores.Today> ready = today ? scores.today() : null;
        RiskScores.Today scoring = today ? ready.value()
                : new RiskScores.Today(scores.day(asOf), scores.calibration(), scores.inUse());
        RiskScores.Day day = scoring.day();
        double[] values = day.scores();
        var graph = day.model().graph();
        int[] order = day.order();
        Calibration calibration = scoring.calibration();
        RiskParameters inUse = scoring.inUse().parameters();
        int scored = 0;
        Map<RiskBand, Integer> bands = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            bands.put(band, 0);
        }
        for (double value : values) {
            if (value > 0) {
                scored++;
            }
            bands.merge(Outlook.of(value, calibration, inUse).band(), 1, Integer::sum);
        }
        IntPredicate keeps = filters.keeps(filter, day, calibration, inUse);
        int[] visible = IntStream.of(RankingFilters.visibleRanks(order, scored, graph::id, lens))
                .filter(r -> keeps.test(order[r])).toArray();
        int from = (int) Math.min((long) page * size, visible.length);
        int to = Math.min(from + size, visible.length);
        List<List<ReasonLine>> explained = IntStream.range(from, to).parallel()
                .mapToObj(r -> day.lines(order[visible[r]]).stream().limit(TOP_REASONS).toList()).toList();
        List<String> ids = IntStream.range(from, to).mapToObj(r -> graph.id(order[visible[r]])).toList();
        List<ReasonLine> allLines = explained.stream().flatMap(List::stream).toList();
        Map<String, String> names = disclosed(reasons.names(concat(List.of(), allLines), ids), lens);
        Map<String, String> places = lineWords.places(allLines);
        views.viewedAll(ids, "risk ranking");
        GroupNetwork groups = day.groups();
        List<RiskReports.RankedPerson> ranked = new ArrayList<>();
        for (int r = from; r < to; r++) {
            String id = ids.get(r - from);
            double score = values[order[visible[r]]];
            Outlook outlook = Outlook.of(score, calibration, inUse);
            ranked.add(new RiskReports.RankedPerson(visible[r] + 1, lens.id(id), names.get(id), score, outlook.band(),
                    outlook.band().label(), outlook.probability(), outlook.timesAverage(), ReasonLines.outlook(outlook),
                    explained.get(r - from).stream().map(line -> lineWords.line(line, score, names, places,
                            groups, day.model().asOf())).toList()));
        }
        return new RiskReports.Ranking(day.model().asOf(), values.length, scored, page, size, visible.length,
                parameters.outlookDays(), calibration == null ? null : calibration.baseRate(), bands,
                scoring.inUse().source(), ranked, ready == null ? null : ready.note());
    }

    /** The home areas, schools and peer groups the ranked list can be filtered by, by name. */
    public RiskReports.Choices rankingChoices() {
        NeedToKnow.require(Viewer.current(), NeedToKnow.Fact.RISK, "retaliation risk");
        return filters.choices(scores.today().value().day().groups());
    }

    /** Checks of the model over everyone's history: for the roles that see the whole network's risk. */
    private static void requireModelCheck() {
        NeedToKnow.Reach reach = NeedToKnow.reach(Viewer.current(), NeedToKnow.Fact.RISK);
        if (reach != NeedToKnow.Reach.ALL && reach != NeedToKnow.Reach.PSEUDONYMISED) {
            throw new ForbiddenException("Your role does not give access to checks of the risk model over the "
                    + "whole city (see docs/access.md).");
        }
    }

    /** A path step through a child the reader's role does not reach carries their pseudonym, not their id. */
    private static RiskReports.Reason pathDisclosed(RiskReports.Reason reason, RecordAccess.Lens lens) {
        List<RiskReports.PathStep> path = reason.path().stream().map(step -> lens.names(step.personId()) ? step
                : new RiskReports.PathStep(lens.name(step.personId(), null), step.name(), step.tie(),
                step.recordedBy(), step.confidence())).toList();
        return new RiskReports.Reason(reason.incidentId(), reason.date(), reason.incident(), reason.source(),
                reason.role(), path, reason.viaGroup(), reason.reason(), reason.weight(), reason.factors());
    }

    /** Names as the reader may see them: a child their role does not reach is named by pseudonym. */
    private static Map<String, String> disclosed(Map<String, String> names, RecordAccess.Lens lens) {
        Map<String, String> shown = new HashMap<>(names);
        shown.replaceAll(lens::name);
        return shown;
    }

    /**
     * The young people in the {@link RiskBand#HIGH} band on a day ({@code null}: today): ids only, no
     * reasons and no names, for reports that count (the disproportionality report). Not audited: no
     * record is read.
     */
    public Set<String> highRisk(LocalDate asOf) {
        NeedToKnow.require(Viewer.current(), NeedToKnow.Fact.EQUALITY, "the disproportionality report");
        RiskScores.Day day = scores.day(asOf);
        double[] values = day.scores();
        Calibration calibration = scores.calibration();
        RiskParameters inUse = scores.inUse().parameters();
        Set<String> high = new HashSet<>();
        for (int v = 0; v < values.length; v++) {
            if (Outlook.of(values[v], calibration, inUse).band() == RiskBand.HIGH) {
                high.add(day.model().graph().id(v));
            }
        }
        return high;
    }

    /**
     * What a picture of the network marks on each young person: their score and band on a day
     * ({@code null}: today), and whether they were harmed in a recorded incident on or before it —
     * victims are drawn as victims. Ids only, no reasons: the picture reads no record, so nothing
     * is audited here (the ego network that lists them is).
     */
    public Map<String, RiskReports.Marker> markers(Collection<String> ids, LocalDate asOf) {
        NeedToKnow.require(Viewer.current(), NeedToKnow.Fact.RISK, "retaliation risk");
        RiskScores.Day day = scores.day(asOf);
        var graph = day.model().graph();
        var history = day.model().history();
        int until = history.firstOnOrAfter((int) day.model().asOf().toEpochDay() + 1);
        Calibration calibration = scores.calibration();
        RiskParameters inUse = scores.inUse().parameters();
        Map<String, RiskReports.Marker> marked = new HashMap<>();
        for (String id : ids) {
            int v = graph.vertex(id);
            if (v < 0) {
                continue;
            }
            boolean victim = false;
            int h = history.graph().vertex(id);
            int[] incidents = history.personIncidents();
            for (int k = h < 0 ? 0 : history.personStart(h); h >= 0 && k < history.personEnd(h) && !victim; k++) {
                int i = incidents[k];
                victim = i < until && history.isVictim(i, h);
            }
            double score = day.scores()[v];
            RiskBand band = Outlook.of(score, calibration, inUse).band();
            marked.put(id, new RiskReports.Marker(score, band, band.label(), victim));
        }
        return marked;
    }

    /** The contributions and the largest contribution of each line, for naming everyone on their paths. */
    private static List<Contribution> concat(List<Contribution> contributions, List<ReasonLine> lines) {
        List<Contribution> all = new ArrayList<>(contributions);
        lines.forEach(line -> all.add(line.largest()));
        return all;
    }

    /** One page of the group pairs by conflict intensity on a day ({@code null}: today). */
    public RiskReports.Tensions tensions(LocalDate asOf, PageRequest page, int incidentsPerPair) {
        NeedToKnow.require(Viewer.current(), NeedToKnow.Fact.PLACES, "group tensions");
        LocalDate day;
        GroupNetwork groups;
        List<GroupTensions.Tension> all;
        String behind = null;
        if (asOf == null || asOf.equals(LocalDate.now())) { // today's, kept whole over an import: the school view asks
            Refreshed.Ready<RiskScores.Today> today = scores.today();
            day = today.value().day().model().asOf();
            groups = today.value().day().groups();
            all = today.value().tensions(parameters, incidentsPerPair);
            behind = today.note();
        } else {
            NetworkSnapshot snapshot = snapshots.on(asOf);
            day = snapshot.asOf();
            groups = snapshot.groups();
            all = GroupTensions.on(groups, scores.history(snapshot), parameters, day, incidentsPerPair);
        }
        List<RiskReports.Tension> pairs = page.slice(all).stream().map(t -> RiskReasons.tension(t, groups)).toList();
        return new RiskReports.Tensions(day, parameters.tensionPeriodDays(), page.page(), page.size(),
                all.size(), pairs, behind);
    }

    /**
     * The back-test at these cut dates, with the model as it runs: fitted, when the history allows,
     * on the incidents before the first cut only, so that no cut is scored by a model that has seen
     * its future.
     */
    public BackTest.Report backTest(List<LocalDate> cuts) {
        requireModelCheck();
        NetworkSnapshot snapshot = snapshots.on(null);
        HarmHistory harm = scores.history(snapshot);
        ModelFit.InUse inUse = fit.parameters(snapshot, harm, cuts.getFirst().minusDays(1));
        return BackTest.run(snapshot.people(), snapshot.groups(), harm, inUse.parameters(), cuts)
                .withModel(inUse.source());
    }

    /** Cut dates for a back-test when none are given (see {@link BackTest#defaultCuts}). */
    public List<LocalDate> defaultCuts() {
        requireModelCheck();
        return BackTest.defaultCuts(scores.history(snapshots.on(null)), parameters);
    }

    /** Fits decay and distance weights on the history up to {@code to} ({@code null}: the last incident). */
    public HawkesFit.Fit fit(LocalDate to) {
        requireModelCheck();
        NetworkSnapshot snapshot = snapshots.on(null);
        HarmHistory harm = scores.history(snapshot);
        if (harm.size() == 0) {
            throw new BadRequestException("There are no harmful incidents to fit the model to.");
        }
        LocalDate end = to != null ? to : LocalDate.ofEpochDay(harm.day(harm.size() - 1));
        return HawkesFit.fit(snapshot.people(), snapshot.groups(), harm, parameters, end, 200);
    }
}
