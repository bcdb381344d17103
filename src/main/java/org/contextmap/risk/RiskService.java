package org.contextmap.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contextmap.base.BadRequestException;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.person.RecordViews;
import org.contextmap.risk.model.BackTest;
import org.contextmap.risk.model.Contribution;
import org.contextmap.risk.model.GroupTensions;
import org.contextmap.risk.model.HarmHistory;
import org.contextmap.risk.model.HawkesFit;
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
    private final RiskParameters parameters;
    private final NetworkSnapshots snapshots;
    private final RecordViews views;

    RiskService(RiskScores scores, RiskReasons reasons, RiskParameters parameters, NetworkSnapshots snapshots,
            RecordViews views) {
        this.scores = scores;
        this.reasons = reasons;
        this.parameters = parameters;
        this.snapshots = snapshots;
        this.views = views;
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
        RiskScores.Day day = scores.day(asOf);
        int v = day.model().graph().vertex(personId);
        if (v < 0) {
            return Optional.empty();
        }
        views.viewed(personId, viewer, channel);
        List<Contribution> all = day.model().explain(v);
        List<Contribution> shown = all.subList(0, Math.min(limit, all.size()));
        double rest = all.subList(shown.size(), all.size()).stream().mapToDouble(Contribution::weight).sum();
        Map<String, String> names = reasons.names(shown, List.of(personId));
        double score = day.scores()[v];
        RiskBand band = parameters.band(score);
        return Optional.of(new RiskReports.PersonRisk(personId, names.get(personId), day.model().asOf(), score, band,
                band.label(), shown.stream().map(c -> reasons.reason(c, names)).toList(),
                new RiskReports.Others(all.size() - shown.size(), rest), RiskReasons.advice(band)));
    }

    /**
     * The {@code limit} highest scores on a day ({@code null}: today), each with its top reasons.
     * Listing a child with reasons reads their record, so each listed child's read is audited.
     */
    public RiskReports.Ranking ranking(LocalDate asOf, int limit, String viewer, String channel) {
        RiskScores.Day day = scores.day(asOf);
        double[] values = day.scores();
        Integer[] order = new Integer[values.length];
        int scored = 0;
        for (int v = 0; v < values.length; v++) {
            order[v] = v;
            if (values[v] > 0) {
                scored++;
            }
        }
        var graph = day.model().graph();
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
                : graph.id(a).compareTo(graph.id(b)));
        int shown = Math.min(limit, scored);
        List<List<Contribution>> explained = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            explained.add(day.model().explain(order[r]).stream().limit(TOP_REASONS).toList());
            ids.add(graph.id(order[r]));
        }
        Map<String, String> names = reasons.names(explained.stream().flatMap(List::stream).toList(), ids);
        List<RiskReports.RankedPerson> ranked = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            String id = ids.get(r);
            views.viewed(id, viewer, channel);
            ranked.add(new RiskReports.RankedPerson(r + 1, id, names.get(id), values[order[r]],
                    parameters.band(values[order[r]]),
                    explained.get(r).stream().map(c -> reasons.reason(c, names)).toList()));
        }
        return new RiskReports.Ranking(day.model().asOf(), values.length, scored, ranked);
    }

    /** Group pairs by conflict intensity on a day ({@code null}: today). */
    public RiskReports.Tensions tensions(LocalDate asOf, int limit, int incidentsPerPair) {
        NetworkSnapshot snapshot = snapshots.on(asOf);
        HarmHistory harm = scores.history(snapshot);
        GroupNetwork groups = snapshot.groups();
        List<RiskReports.Tension> pairs = GroupTensions.on(groups, harm, parameters, snapshot.asOf(), incidentsPerPair)
                .stream().limit(limit).map(t -> tension(t, groups)).toList();
        return new RiskReports.Tensions(snapshot.asOf(), parameters.tensionPeriodDays(), pairs);
    }

    private static RiskReports.Tension tension(GroupTensions.Tension t, GroupNetwork groups) {
        List<RiskReports.TensionIncident> incidents = t.incidents().stream()
                .map(i -> new RiskReports.TensionIncident(i.incidentId(), i.date(),
                        RiskReasons.incident(i.type(), i.severity(), i.weapon()), i.suspectsGroup(), i.victimsGroup(),
                        i.weight()))
                .toList();
        return new RiskReports.Tension(t.groupA(), groups.name(groups.group(t.groupA())), t.groupB(),
                groups.name(groups.group(t.groupB())), t.relation(), RiskReasons.relation(t.relation()),
                t.intensity(), t.aToB(), t.bToA(), t.reciprocity(), t.current(), t.previous(), t.trend(),
                t.incidentCount(), incidents);
    }

    /** The back-test at these cut dates. */
    public BackTest.Report backTest(List<LocalDate> cuts) {
        NetworkSnapshot snapshot = snapshots.on(null);
        return BackTest.run(snapshot.people(), snapshot.groups(), scores.history(snapshot), parameters, cuts);
    }

    /** Cut dates for a back-test when none are given: every 30 days over the last year that has 90 days after it. */
    public List<LocalDate> defaultCuts() {
        HarmHistory harm = scores.history(snapshots.on(null));
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
        HarmHistory harm = scores.history(snapshot);
        if (harm.size() == 0) {
            throw new BadRequestException("There are no harmful incidents to fit the model to.");
        }
        LocalDate end = to != null ? to : LocalDate.ofEpochDay(harm.day(harm.size() - 1));
        return HawkesFit.fit(snapshot.people(), snapshot.groups(), harm, parameters, end, 200);
    }
}
