package org.contextmap.hotspot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.PageRequest;
import org.contextmap.base.Refreshed;
import org.contextmap.base.Viewer;
import org.contextmap.database.GraphVersion;
import org.contextmap.place.LocationType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Hotspots and location risk over the {@link HarmMap}, read once per data version (like the
 * analytics snapshots) and answered from memory. After an import the map is read again off the
 * request path ({@link HotspotWarmUp}); meanwhile every report is drawn from the map before it and
 * says so ({@link Refreshed}).
 */
@Service
public class HotspotService {

    private static final int MAX_PERIOD_DAYS = 3 * 366;

    private final HotspotSettings settings;
    private final ObjectProvider<CommunityTensions> tensions;
    private final Refreshed<HarmMap> map;

    HotspotService(HarmMapReader reader, GraphVersion versions, HotspotSettings settings,
            ObjectProvider<CommunityTensions> tensions, BackgroundWork background) {
        this.settings = settings;
        this.tensions = tensions;
        this.map = new Refreshed<>("the hotspot map", versions::current, (previous, version) -> reader.read(settings),
                background);
    }

    /** The period asked for: {@code to} defaults to today, {@code from} to {@code periodDays} before it. */
    public LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now();
        LocalDate start = from != null ? from : end.minusDays(settings.periodDays() - 1L);
        if (start.isAfter(end)) {
            throw new BadRequestException("from (" + start + ") must not be after to (" + end + ").");
        }
        if (Hotspots.length(start, end) > MAX_PERIOD_DAYS) {
            throw new BadRequestException("A period can be at most " + MAX_PERIOD_DAYS + " days.");
        }
        return new LocalDate[] {start, end};
    }

    /** One page of the places ranked by harm, with the grid and the near repeats, for a period. */
    public HotspotReports.Hotspots hotspots(LocalDate from, LocalDate to, PageRequest page, int cells) {
        LocalDate[] period = period(from, to);
        return reports().hotspots(period[0], period[1], page, cells);
    }

    /** The places ranked by harm in a period, the first {@code limit}: no grid, no near repeats. */
    public List<HotspotReports.Hotspot> ranked(LocalDate from, LocalDate to, int limit) {
        LocalDate[] period = period(from, to);
        return reports().ranked(period[0], period[1], limit);
    }

    /** The risk at and around a place, or empty when there is no such place. */
    public Optional<HotspotReports.AreaRisk> place(String id, LocalDate from, LocalDate to) {
        LocalDate[] period = period(from, to);
        HarmMapReports reports = reports();
        HarmMap.Place place = reports.map().place(id);
        return place == null ? Optional.empty() : Optional.of(reports.place(place, period[0], period[1]));
    }

    /** The risk around an address, for a housing placement. */
    public HotspotReports.AreaRisk address(double latitude, double longitude, Integer radius, LocalDate from,
            LocalDate to) {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new BadRequestException("lat must be between -90 and 90 and lon between -180 and 180.");
        }
        int metres = radius == null ? settings.nearbyMetres() : radius;
        if (metres < 50 || metres > 5_000) {
            throw new BadRequestException("radius must be between 50 and 5000 metres.");
        }
        LocalDate[] period = period(from, to);
        return reports().address(latitude, longitude, metres, period[0], period[1]);
    }

    /** A school's view, or empty when there is no such place; 400 when the place is not a school. */
    public Optional<HotspotReports.SchoolView> school(String id, LocalDate from, LocalDate to) {
        Viewer viewer = Viewer.current();
        NeedToKnow.require(viewer, NeedToKnow.Fact.SCHOOL_VIEW, "the school location-risk view");
        if (NeedToKnow.reach(viewer, NeedToKnow.Fact.SCHOOL_VIEW) == NeedToKnow.Reach.OWN && !viewer.coversSchool(id)) {
            throw new ForbiddenException("You may see the location-risk view of your own schools only.");
        }
        LocalDate[] period = period(from, to);
        HarmMapReports reports = reports();
        HarmMap.Place school = reports.map().place(id);
        if (school == null) {
            return Optional.empty();
        }
        if (school.type() != LocationType.SCHOOL) {
            throw new BadRequestException(id + " is a " + school.type().label().toLowerCase() + ", not a school.");
        }
        CommunityTensions source = tensions.getIfAvailable();
        List<CommunityTensions.Pair> pairs = source == null ? List.of() : source.on(period[1]);
        return Optional.of(reports.school(school, period[0], period[1], pairs));
    }

    /** Reads the map again if the data has moved on, in this thread: the work done ahead of requests after an import. */
    void refreshMap() {
        map.refresh();
    }

    /** Reports for the current reader: incident detail is cut to what their role may read (docs/access.md). */
    private HarmMapReports reports() {
        Viewer viewer = Viewer.current();
        NeedToKnow.require(viewer, NeedToKnow.Fact.PLACES, "hotspots and place risk");
        Refreshed.Ready<HarmMap> ready = map.get();
        return new HarmMapReports(ready.value(), settings, viewer, ready.note());
    }
}
