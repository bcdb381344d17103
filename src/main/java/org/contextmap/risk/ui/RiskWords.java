package org.contextmap.risk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.contextmap.risk.RankingFilter;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.model.RiskBand;

/** The sentences of the ranked risk list: what is shown, and honestly when nothing matches. */
final class RiskWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RiskWords() {
    }

    /** "No young people in the band high risk of harm living in Northgate, attending … on 7 December 2026." */
    static String noneMatch(RankingFilter filter, RiskBand band, String area, String school, String group,
            LocalDate asOf) {
        if (filter.keepsAll()) {
            return "No young person has a retaliation-risk score on " + DAY.format(asOf)
                    + ": no recent harm is recorded near anyone.";
        }
        return "No young people " + describe(band, area, school, group) + " on " + DAY.format(asOf)
                + ". Widen a filter to see more.";
    }

    /** The filters in words, for a sentence: "in the band high risk of harm, living in Northgate". */
    static String describe(RiskBand band, String area, String school, String group) {
        List<String> parts = new ArrayList<>();
        if (band != null) {
            parts.add("in the band " + band.label().toLowerCase(Locale.UK));
        }
        if (area != null) {
            parts.add("living in " + area);
        }
        if (school != null) {
            parts.add("attending " + school);
        }
        if (group != null) {
            parts.add("associated with " + group);
        }
        return String.join(", ", parts);
    }

    static String summary(RiskReports.Ranking ranking, RankingFilter filter, int page, int pages) {
        String bands = ranking.bands().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
        String shown = filter.keepsAll()
                ? String.format("%,d young people scored on %s; page %d of %d.", ranking.total(),
                        DAY.format(ranking.asOf()), page, pages)
                : String.format("%,d young people match these filters on %s (ranks are citywide); page %d of %d.",
                        ranking.total(), DAY.format(ranking.asOf()), page, pages);
        return shown + " In the whole city: " + bands + "." + (ranking.behind() == null ? "" : " " + ranking.behind());
    }
}
