package org.contextmap.hotspot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Trend;

/** What the hotspot and location-risk endpoints return. */
public final class HotspotReports {

    private HotspotReports() {
    }

    /** A period and the one of the same length before it, which trends compare with. */
    public record Period(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {
    }

    /** A place: id, name, type in plain words, and where it is. */
    public record PlaceRef(String id, String name, String type, Double latitude, Double longitude) {
    }

    /** A peer group by id and name. */
    public record GroupRef(String id, String name) {
    }

    /**
     * An incident as the police, social care and the meeting chair see it.
     *
     * @param incident type, severity and weapon in plain words
     * @param source   the agency that recorded it, in plain words
     */
    public record IncidentLine(String id, LocalDate date, String incident, String source, String summary) {
    }

    /**
     * A place and its harm.
     *
     * @param score    time-weighted harm in the period (recent incidents heavier)
     * @param current  harm in the period, undecayed; {@code previous} the same for the period before
     */
    public record Hotspot(int rank, PlaceRef place, double score, double current, double previous, Trend trend,
            String trendLabel, int incidentCount, List<IncidentLine> incidents, List<GroupRef> groups) {
    }

    /** A grid cell of the smoothed harm: its centre, its size, the density and the incidents inside. */
    public record Cell(double latitude, double longitude, int sizeMetres, double density, int incidents) {
    }

    /** A near-repeat series: the first incident and those that followed it close in space and time. */
    public record NearRepeat(IncidentLine first, PlaceRef place, List<IncidentLine> repeats) {
    }

    /**
     * {@code GET /api/hotspots}.
     *
     * @param behind null, or a sentence saying the map is from before the latest import and is being
     *               brought up to date (as in every report here)
     */
    public record Hotspots(Period period, int page, int size, int total, List<Hotspot> hotspots, List<Cell> grid,
            List<NearRepeat> nearRepeats, String behind) {
    }

    /**
     * The risk around a place or an address.
     *
     * @param here      the place itself (null for an address)
     * @param nearby    hotspots within the radius, with their distance
     * @param groups    groups whose associates were involved in harm within the radius: harmed there,
     *                  or suspects or present there
     * @param byType    the incidents within the radius in the period, counted by type
     * @param recent    the incidents within the radius in the period (none for a housing check)
     */
    public record AreaRisk(Period period, PlaceRef here, int radiusMetres, double score, double current,
            double previous, Trend trend, List<NearbyHotspot> nearby, List<GroupRef> groups,
            Map<String, Integer> byType, List<IncidentLine> recent, String behind) {
    }

    /** A hotspot near somewhere, without incident detail. */
    public record NearbyHotspot(PlaceRef place, int metres, double score, Trend trend, int incidentCount) {
    }

    /**
     * What a school's designated safeguarding lead may see: hotspots near the school and on pupils'
     * journeys, tensions that involve the school's pupils, counts — no incident summaries, no
     * names, no suspects, no police references.
     */
    public record SchoolView(Period period, PlaceRef school, int pupils, int pupilsWithHomeArea,
            int pupilsHarmed, int pupilsWithHotspotOnJourney, int pupilsAssociatedWithGroupsInTension,
            List<SchoolHotspot> hotspots, List<SchoolTension> tensions, String note, String behind) {
    }

    /**
     * A hotspot as a school sees it.
     *
     * @param nearSchool       within the radius of the school
     * @param pupilsOnJourney  pupils whose straight line from home area to school passes near it
     * @param byType           incidents there in the period, counted by type
     */
    public record SchoolHotspot(PlaceRef place, int metresFromSchool, boolean nearSchool, int pupilsOnJourney,
            double score, Trend trend, Map<String, Integer> byType) {
    }

    /** A tension between groups that involves the school's pupils, and how many pupils are associated. */
    public record SchoolTension(String groupA, String groupB, String relation, Trend trend, double intensity,
            int pupilsAssociated) {
    }
}
