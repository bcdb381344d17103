package org.contextmap.hotspot;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.Trend;

/**
 * Tension between peer groups, for the location-risk view of a school: provided by the
 * retaliation-risk analytics, which read this feature and not the other way round. Absent, the
 * school view shows no tensions.
 */
public interface CommunityTensions {

    /**
     * Two groups and the harm between their associates.
     *
     * @param relation "In conflict", "Allied" or "No recorded relation"
     */
    record Pair(String groupA, String groupAName, String groupB, String groupBName, String relation,
            double intensity, double reciprocity, Trend trend, int incidents) {
    }

    /** Pairs of groups ranked by intensity on a day. */
    List<Pair> on(LocalDate asOf);
}
