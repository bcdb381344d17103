package org.contextmap.equality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.contextmap.alert.AlertService;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.casework.CaseworkService;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.person.PersonService;
import org.contextmap.person.YoungPerson;
import org.contextmap.risk.RiskService;
import org.springframework.stereotype.Service;

/**
 * The disproportionality report (docs/disproportionality.md): who has each outcome on a day, read
 * through each feature's service, compared group by group with everyone else. Partnership
 * analysts, auditors and administrators may read it; it holds counts only, so no record is read
 * and nothing is audited.
 */
@Service
public class DisproportionalityService {

    static final String METHOD = "Rate ratio of the group against everyone else, with a 95% confidence interval "
            + "by the log method: ln(RR) ± 1.96 × sqrt(1/a − 1/n1 + 1/c − 1/n2). Where the group or everyone else "
            + "has no case, 0.5 is added to each cell of the 2×2 table (continuity correction) and the row says so.";
    static final String ADVICE = "review whether this reflects need or how information is recorded.";

    private final PersonService people;
    private final AlertService alerts;
    private final RiskService risk;
    private final NetworkSnapshots snapshots;
    private final CaseworkService casework;

    DisproportionalityService(PersonService people, AlertService alerts, RiskService risk,
            NetworkSnapshots snapshots, CaseworkService casework) {
        this.people = people;
        this.alerts = alerts;
        this.risk = risk;
        this.snapshots = snapshots;
        this.casework = casework;
    }

    /** The report on {@code asOf} ({@code null}: today). */
    public DisproportionalityReport report(LocalDate asOf) {
        if (!Viewer.current().hasAny(Role.ANALYST, Role.AUDITOR, Role.ADMIN)) {
            throw new ForbiddenException("Only partnership analysts, auditors and administrators may read the "
                    + "disproportionality report.");
        }
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<YoungPerson> population = people.all().stream()
                .filter(p -> p.dateOfBirth() == null || !p.dateOfBirth().isAfter(day)).toList();
        Map<Outcome, Set<String>> outcomes = outcomes(day);
        List<DisproportionalityReport.Overall> overall = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            long count = population.stream().filter(p -> outcomes.get(outcome).contains(p.id())).count();
            overall.add(new DisproportionalityReport.Overall(outcome.name(), outcome.label(), count,
                    population.isEmpty() ? 0 : (double) count / population.size()));
        }
        List<DisproportionalityReport.CharacteristicRows> rows = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (Characteristic characteristic : Characteristic.values()) {
            rows.add(rows(characteristic, population, outcomes, day, findings));
        }
        return new DisproportionalityReport(day, population.size(), overall, rows, METHOD, findings);
    }

    private static DisproportionalityReport.CharacteristicRows rows(Characteristic characteristic,
            List<YoungPerson> population, Map<Outcome, Set<String>> outcomes, LocalDate day, List<String> findings) {
        Map<String, List<YoungPerson>> byGroup = new TreeMap<>(Comparator.comparingInt(characteristic::rank)
                .thenComparing(Comparator.naturalOrder()));
        population.forEach(p -> byGroup.computeIfAbsent(characteristic.groupOf(p, day), g -> new ArrayList<>()).add(p));
        List<DisproportionalityReport.GroupRow> groups = new ArrayList<>();
        for (Map.Entry<String, List<YoungPerson>> entry : byGroup.entrySet()) {
            List<DisproportionalityReport.OutcomeRow> cells = new ArrayList<>();
            for (Outcome outcome : Outcome.values()) {
                Set<String> with = outcomes.get(outcome);
                long cases = entry.getValue().stream().filter(p -> with.contains(p.id())).count();
                long all = population.stream().filter(p -> with.contains(p.id())).count();
                RateRatio ratio = RateRatio.of(cases, entry.getValue().size(), all - cases,
                        population.size() - entry.getValue().size());
                String finding = ratio.overRepresented() ? sentence(characteristic.subject(entry.getKey()), outcome,
                        ratio) : null;
                if (finding != null) {
                    findings.add(finding);
                }
                cells.add(new DisproportionalityReport.OutcomeRow(outcome.name(), outcome.label(), ratio,
                        ratio.overRepresented(), finding));
            }
            groups.add(new DisproportionalityReport.GroupRow(entry.getKey(), entry.getValue().size(), cells));
        }
        return new DisproportionalityReport.CharacteristicRows(characteristic.name(), characteristic.label(), groups);
    }

    /** "Black young people are 2.4 times as likely as others to … (95% CI 1.6–3.5): review whether …". */
    static String sentence(String subject, Outcome outcome, RateRatio ratio) {
        return String.format(Locale.ROOT, "%s are %.1f times as likely as others %s (95%% CI %.1f–%.1f%s): %s",
                subject, ratio.ratio(), outcome.phrase(), ratio.lower(), ratio.upper(),
                ratio.corrected() ? ", with a continuity correction for a zero count" : "", ADVICE);
    }

    /** For each outcome, the ids of the young people who have it on the day. */
    private Map<Outcome, Set<String>> outcomes(LocalDate day) {
        Map<Outcome, Set<String>> outcomes = new EnumMap<>(Outcome.class);
        outcomes.put(Outcome.OPEN_ALERT, alerts.peopleWithOpenAlerts(day));
        outcomes.put(Outcome.HIGH_RISK, risk.highRisk(day));
        NetworkSnapshot snapshot = snapshots.on(day);
        Set<String> associated = new HashSet<>();
        for (int[] members : snapshot.groupMembers()) {
            for (int v : members) {
                associated.add(snapshot.people().id(v));
            }
        }
        outcomes.put(Outcome.PEER_GROUP_ASSOCIATION, associated);
        Set<String> intervened = new HashSet<>();
        for (Referral referral : casework.allReferrals()) {
            if (referral.receivedOn() != null && !referral.receivedOn().isAfter(day)) {
                intervened.add(referral.personId());
            }
        }
        for (Meeting meeting : casework.allMeetings()) {
            if (meeting.personId() != null && meeting.heldOn() != null && !meeting.heldOn().isAfter(day)) {
                intervened.add(meeting.personId());
            }
        }
        outcomes.put(Outcome.RECORDED_INTERVENTION, intervened);
        return outcomes;
    }
}
