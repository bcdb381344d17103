package org.contextmap.risk;

import org.contextmap.risk.model.RiskBand;

/**
 * Which young people a ranked risk list keeps: a band, a home area, a school and a peer group,
 * each {@code null} for any, combined. The ranks stay the citywide ones, so that a filtered list
 * still says where each child stands in the whole city.
 *
 * @param area   a home area's id, as young people's records hold it
 * @param school a school's location id
 * @param group  a peer group's id: the young people associated with it on the list's day
 */
public record RankingFilter(RiskBand band, String area, String school, String group) {

    /** Everyone with a score. */
    public static final RankingFilter NONE = new RankingFilter(null, null, null, null);

    public RankingFilter {
        area = blankToNull(area);
        school = blankToNull(school);
        group = blankToNull(group);
    }

    /** Keeps everyone. */
    public boolean keepsAll() {
        return band == null && area == null && school == null && group == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
