package org.contextmap.risk;

import java.util.Arrays;
import java.util.List;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Refreshed;
import org.contextmap.base.Viewer;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.risk.model.MonthlyTensions;
import org.springframework.stereotype.Service;

/**
 * The tension trend of one peer group: the harm between its associates and each other group's,
 * month by month up to today, from the same harm history and associations as today's scores and
 * tensions (so the chart and the tensions list agree). Counts and group names only: no child is
 * named, so nothing is audited; the reader must see group tensions.
 */
@Service
public class TensionTrends {

    private final RiskScores scores;

    TensionTrends(RiskScores scores) {
        this.scores = scores;
    }

    /** The last {@code months} months (1 to 36) of harm between this group's associates and others'. */
    public RiskReports.TensionTrend of(String groupId, int months) {
        NeedToKnow.require(Viewer.current(), NeedToKnow.Fact.PLACES, "group tensions");
        if (months < 1 || months > 36) {
            throw new BadRequestException("months must be between 1 and 36.");
        }
        Refreshed.Ready<RiskScores.Today> today = scores.today();
        RiskScores.Day day = today.value().day();
        GroupNetwork groups = day.groups();
        var asOf = day.model().asOf();
        List<RiskReports.TrendLine> lines = MonthlyTensions.of(groups, day.model().history(), groupId, asOf, months)
                .stream().map(line -> new RiskReports.TrendLine(line.groupId(), name(groups, line.groupId()),
                        RiskReasons.relation(line.relation()), Arrays.stream(line.harm()).boxed().toList(),
                        line.incidents())).toList();
        return new RiskReports.TensionTrend(groupId, asOf, MonthlyTensions.months(asOf, months), lines, today.note());
    }

    private static String name(GroupNetwork groups, String id) {
        String name = groups.name(groups.group(id));
        return name == null || name.isBlank() ? id : name;
    }
}
