package org.contextmap.risk;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.contextmap.base.NeedToKnow;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordAccess;
import org.contextmap.risk.model.Calibration;
import org.contextmap.risk.model.Outlook;
import org.contextmap.risk.model.RiskParameters;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link RankingFilter} into a test of the person vertices of a day's model: the band
 * from the score, the home area and school from the young people's records (one query), the peer
 * group from the associations known on the day — the same ones the scores were computed from.
 * Also offers what a screen lists in its filters, by name.
 */
@Component
class RankingFilters {

    private final PersonService people;

    RankingFilters(PersonService people) {
        this.people = people;
    }

    IntPredicate keeps(RankingFilter filter, RiskScores.Day day, Calibration calibration, RiskParameters inUse) {
        if (filter == null || filter.keepsAll()) {
            return v -> true;
        }
        double[] values = day.scores();
        var graph = day.model().graph();
        Set<String> where = filter.area() == null && filter.school() == null ? null
                : people.idsWhere(filter.area(), filter.school());
        BitSet associated = null;
        if (filter.group() != null) {
            associated = new BitSet(graph.size());
            int g = day.groups().group(filter.group());
            if (g >= 0) {
                for (int v : day.groups().membersOn(day.model().asOf())[g]) {
                    associated.set(v);
                }
            }
        }
        BitSet inGroup = associated;
        return v -> (filter.band() == null || Outlook.of(values[v], calibration, inUse).band() == filter.band())
                && (where == null || where.contains(graph.id(v)))
                && (inGroup == null || inGroup.get(v));
    }

    /** The home areas, schools and peer groups a ranked list can be filtered by, each by name. */
    RiskReports.Choices choices(GroupNetwork groups) {
        List<RiskReports.Choice> named = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String name = groups.name(g);
            named.add(new RiskReports.Choice(groups.id(g), name == null || name.isBlank() ? groups.id(g) : name));
        }
        named.sort(Comparator.comparing(RiskReports.Choice::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RiskReports.Choice::id));
        return new RiskReports.Choices(choices(people.homeAreas()), choices(people.schools()), List.copyOf(named));
    }

    private static List<RiskReports.Choice> choices(List<PersonService.Place> places) {
        return places.stream().map(p -> new RiskReports.Choice(p.id(), p.name())).toList();
    }

    /**
     * The ranks (0-based, citywide) of the scored children the reader may see: everyone, or for a
     * role that reaches only its own children, those; their rank stays the citywide one.
     */
    static int[] visibleRanks(int[] order, int scored, IntFunction<String> id,
                                      RecordAccess.Lens lens) {
        if (lens.openableOrAll() == null || !lens.viewer().roles().stream().allMatch(role ->
                NeedToKnow.reach(role, NeedToKnow.Fact.RISK) == NeedToKnow.Reach.OWN)) {
            return IntStream.range(0, scored).toArray();
        }
        return IntStream.range(0, scored).filter(r -> lens.opens(id.apply(order[r]))).toArray();
    }
}
