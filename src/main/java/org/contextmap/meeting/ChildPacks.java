package org.contextmap.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NameScrubber;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Viewer;
import org.contextmap.meeting.pack.ChildPack;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.network.ego.EgoNetworks;
import org.contextmap.person.PersonProfile;
import org.contextmap.person.ProfileService;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.RecordViews;
import org.contextmap.plan.PlanSubject;
import org.contextmap.plan.PlanView;
import org.contextmap.plan.SafetyPlans;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.springframework.stereotype.Service;

/**
 * Puts together one child's pack: their plans, their chronology and their network, each read
 * through the feature that owns it (so each read is audited and cut to the reader's need to know),
 * children renamed to initials and ids unless names are asked for. Taking the pack out is audited
 * as an export of the record.
 */
@Service
public class ChildPacks {

    private final ProfileService profiles;
    private final SafetyPlans plans;
    private final EgoNetworks networks;
    private final RiskService risk;
    private final RecordAccess access;
    private final RecordViews views;

    ChildPacks(ProfileService profiles, SafetyPlans plans, EgoNetworks networks, RiskService risk,
            RecordAccess access, RecordViews views) {
        this.profiles = profiles;
        this.plans = plans;
        this.networks = networks;
        this.risk = risk;
        this.access = access;
        this.views = views;
    }

    public byte[] pdf(String personId, boolean names) {
        Viewer viewer = Viewer.current();
        NeedToKnow.require(viewer, NeedToKnow.Fact.CASEWORK, "a child's pack");
        PersonProfile profile = profiles.profile(personId, viewer.user(), viewer.channel())
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + personId + "."));
        List<PlanView> current = plans.allowed(PlanSubject.PERSON, personId) ? plans.of(PlanSubject.PERSON, personId)
                : List.of();
        Names naming = new Names(access.lens(), names);
        Map<String, String> renamed = new HashMap<>();
        Optional<EgoNetwork> network = Optional.empty();
        try {
            network = networks.around(personId, 1, 40, LocalDate.now(), viewer.user(), viewer.channel());
        } catch (ForbiddenException notForThisRole) {
            // the pack says the network is not open to the role
        }
        ChildPack.Picture picture = network.map(n -> picture(n, naming, renamed)).orElse(null);
        renamed.put(profile.person().name(), naming.of(personId, profile.person().name()));
        profile.relationships().forEach(a -> renamed.put(a.name(), naming.of(a.personId(), a.name())));
        profile.incidents().forEach(i -> i.others().forEach(o -> renamed.put(o.name(), naming.of(o.personId(),
                o.name()))));
        NameScrubber scrubber = new NameScrubber(names ? Map.of() : renamed);
        List<ChildPack.Line> chronology = new ArrayList<>();
        profile.chronology().forEach(e -> chronology.add(new ChildPack.Line(String.valueOf(e.date()),
                scrubber.scrub(e.title()), scrubber.scrub(e.detail() == null ? "" : e.detail()),
                e.source() == null ? "" : e.source())));
        List<PlanView> shown = names ? current : current.stream().map(p -> scrub(p, scrubber)).toList();
        views.exported(personId, "one-child pack (PDF)");
        return ChildPack.pdf(naming.of(personId, profile.person().name()), shown, chronology, picture,
                viewer.user(), names);
    }

    private ChildPack.Picture picture(EgoNetwork network, Names naming, Map<String, String> renamed) {
        Map<String, RiskReports.Marker> markers;
        try {
            markers = risk.markers(network.nodes().stream().filter(n -> "person".equals(n.kind()))
                    .map(EgoNetwork.Node::id).toList(), network.asOf());
        } catch (ForbiddenException notForThisRole) {
            markers = Map.of();
        }
        Map<String, RiskReports.Marker> marked = markers;
        List<ChildPack.Picture.Node> nodes = network.nodes().stream().map(n -> {
            boolean group = "group".equals(n.kind());
            String label = group ? n.label() : naming.of(n.id(), n.label());
            if (!group && n.label() != null) {
                renamed.put(n.label(), label);
            }
            RiskReports.Marker marker = marked.get(n.id());
            return new ChildPack.Picture.Node(n.id(), label, group, marker != null && marker.victim());
        }).toList();
        return new ChildPack.Picture(network.personId(), nodes, network.links().stream()
                .map(l -> new ChildPack.Picture.Link(l.source(), l.target(), l.kind())).toList());
    }

    private static PlanView scrub(PlanView p, NameScrubber scrubber) {
        return new PlanView(p.id(), p.subject(), p.subjectId(), scrubber.scrub(p.subjectName()), p.version(),
                p.changedBy(), p.changedAt(), p.reason(), scrubber.scrub(p.summary()), p.reviewOn(),
                p.reviewOverdue(), p.leadProfessional(), p.risks().stream().map(scrubber::scrub).toList(),
                p.avoid().stream().map(a -> new PlanView.AvoidView(a.kind(), a.id(), scrubber.scrub(a.name()),
                        a.reason() == null ? null : scrubber.scrub(a.reason()))).toList(),
                p.protectiveFactors(), p.trustedAdults(), p.youngPersonsView() == null ? null
                : scrubber.scrub(p.youngPersonsView()), p.parentsView() == null ? null
                : scrubber.scrub(p.parentsView()), p.actions(), p.agenciesActing(), List.of(), List.of());
    }
}
