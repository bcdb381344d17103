package org.contextmap.hotspot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.contextmap.base.Labelled;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.PageRequest;
import org.contextmap.base.Trend;
import org.contextmap.base.Viewer;
import org.contextmap.incident.Weapon;
import org.contextmap.place.LocationType;

/**
 * The hotspot and location-risk reports drawn from one {@link HarmMap}: what each endpoint shows,
 * and what it leaves out for whom (a school's report has no names, summaries or suspects; an
 * address's has counts and places only). Pure functions of the map, the period and the settings.
 */
public final class HarmMapReports {

    private final HarmMap map;
    private final HotspotSettings settings;
    private final Viewer reader;
    private final String behind;

    public HarmMapReports(HarmMap map, HotspotSettings settings) {
        this(map, settings, Viewer.SYSTEM, null);
    }

    /**
     * Reports as {@code reader} may see them: police and restricted detail only for the police.
     * {@code behind} is null, or the sentence each report carries when the map is from before the
     * latest import and is being brought up to date.
     */
    public HarmMapReports(HarmMap map, HotspotSettings settings, Viewer reader, String behind) {
        this.reader = reader;
        this.map = map;
        this.settings = settings;
        this.behind = behind;
    }

    /** The map these reports are drawn from. */
    HarmMap map() {
        return map;
    }

    /** {@code from..to} and the period before it. */
    public static HotspotReports.Period period(LocalDate from, LocalDate to) {
        int length = Hotspots.length(from, to);
        return new HotspotReports.Period(from, to, from.minusDays(length), from.minusDays(1));
    }

    /** Hotspots, grid and near repeats for the violence-reduction meeting. */
    /**
     * The places ranked by harm in a period, the first {@code limit}, without the grid and the near
     * repeats: for a feature that needs only where harm is (a plan's suggestions, a meeting's agenda).
     */
    public List<HotspotReports.Hotspot> ranked(LocalDate from, LocalDate to, int limit) {
        List<Hotspots.Hotspot> ranked = Hotspots.rank(map, from, to, settings);
        List<HotspotReports.Hotspot> hotspots = new ArrayList<>();
        for (Hotspots.Hotspot h : ranked.subList(0, Math.min(limit, ranked.size()))) {
            hotspots.add(new HotspotReports.Hotspot(hotspots.size() + 1, ref(h.place()), h.score(), h.current(),
                    h.previous(), h.trend(), h.trend().label(), h.incidents().size(),
                    h.incidents().reversed().stream().map(this::line).toList(),
                    h.groups().stream().map(this::group).toList()));
        }
        return hotspots;
    }

    public HotspotReports.Hotspots hotspots(LocalDate from, LocalDate to, PageRequest page, int cells) {
        List<Hotspots.Hotspot> ranked = Hotspots.rank(map, from, to, settings);
        List<HotspotReports.Hotspot> hotspots = new ArrayList<>();
        int first = page.from(ranked.size());
        for (Hotspots.Hotspot h : page.slice(ranked)) {
            hotspots.add(new HotspotReports.Hotspot(first + hotspots.size() + 1, ref(h.place()), h.score(), h.current(),
                    h.previous(), h.trend(), h.trend().label(), h.incidents().size(),
                    h.incidents().reversed().stream().map(this::line).toList(),
                    h.groups().stream().map(this::group).toList()));
        }
        List<HotspotReports.Cell> grid = Hotspots.grid(map, from, to, settings, cells).stream().map(c -> {
            double[] point = map.unproject(c.x(), c.y());
            return new HotspotReports.Cell(point[0], point[1], settings.cellMetres(), c.density(), c.incidents());
        }).toList();
        List<HotspotReports.NearRepeat> repeats = Hotspots.nearRepeats(map, from, to, settings).stream()
                .limit(page.size()).map(n -> new HotspotReports.NearRepeat(line(n.first()),
                        ref(map.places().get(map.incidents().get(n.first()).place())),
                        n.repeats().stream().map(this::line).toList()))
                .toList();
        return new HotspotReports.Hotspots(period(from, to), page.page(), page.size(), ranked.size(), hotspots, grid,
                repeats, behind);
    }

    /** The risk at and around a place. */
    public HotspotReports.AreaRisk place(HarmMap.Place place, LocalDate from, LocalDate to) {
        return area(place, place.x(), place.y(), from, to, true);
    }

    /** The risk around an address, for a housing placement: counts and places, no incident detail. */
    public HotspotReports.AreaRisk address(double latitude, double longitude, int radius, LocalDate from,
            LocalDate to) {
        double[] point = map.project(latitude, longitude);
        return area(null, point[0], point[1], from, to, false, radius);
    }

    private HotspotReports.AreaRisk area(HarmMap.Place here, double x, double y, LocalDate from, LocalDate to,
            boolean detail) {
        return area(here, x, y, from, to, detail, settings.nearbyMetres());
    }

    private HotspotReports.AreaRisk area(HarmMap.Place here, double x, double y, LocalDate from, LocalDate to,
            boolean detail, int radius) {
        Map<Integer, Hotspots.Hotspot> byPlace = new HashMap<>();
        Hotspots.rank(map, from, to, settings).forEach(h -> byPlace.put(h.place().index(), h));
        List<HotspotReports.NearbyHotspot> nearby = new ArrayList<>();
        List<Integer> incidents = new ArrayList<>();
        double score = 0;
        double current = 0;
        double previous = 0;
        boolean located = !Double.isNaN(x);
        List<HarmMap.Place> places = new ArrayList<>();
        Map<Integer, Double> distances = new HashMap<>();
        if (located) {
            for (var entry : Hotspots.near(map, x, y, radius)) {
                places.add(entry.getKey());
                distances.put(entry.getKey().index(), entry.getValue());
            }
        } else if (here != null) {
            places.add(here);
            distances.put(here.index(), 0.0);
        }
        for (HarmMap.Place place : places) {
            Hotspots.Hotspot h = byPlace.get(place.index());
            if (h == null) {
                continue;
            }
            score += h.score();
            current += h.current();
            previous += h.previous();
            incidents.addAll(h.incidents());
            if (h.current() > 0 && (here == null || place.index() != here.index())) {
                nearby.add(new HotspotReports.NearbyHotspot(ref(place), (int) Math.round(distances.get(place.index())),
                        h.score(), h.trend(), h.incidents().size()));
            }
        }
        nearby.sort((a, b) -> Double.compare(b.score(), a.score()));
        incidents.sort(Integer::compare);
        Set<String> groups = Hotspots.groups(map, incidents, to);
        return new HotspotReports.AreaRisk(period(from, to), here == null ? null : ref(here), radius, score, current,
                previous, Trend.of(current, previous), nearby, groups.stream().map(this::group).toList(),
                byType(incidents), detail ? incidents.reversed().stream().map(this::line).toList() : List.of(), behind);
    }

    /**
     * What a school's safeguarding lead may see. Hotspots within the school radius and near the
     * straight line from each pupil's home area to the school; tensions between groups that the
     * school's pupils are associated with; counts of pupils. Never an incident summary, a name, a
     * suspect or a police reference.
     */
    public HotspotReports.SchoolView school(HarmMap.Place school, LocalDate from, LocalDate to,
            List<CommunityTensions.Pair> tensions) {
        List<HarmMap.Person> pupils = map.people().stream().filter(p -> p.school() == school.index()).toList();
        List<Hotspots.Hotspot> ranked = Hotspots.rank(map, from, to, settings).stream()
                .filter(h -> h.current() > 0 && h.place().located()).toList();
        List<HotspotReports.SchoolHotspot> shown = new ArrayList<>();
        Set<Integer> pupilsOnJourney = new HashSet<>();
        int withHome = 0;
        for (HarmMap.Person pupil : pupils) {
            if (pupil.home() >= 0 && map.places().get(pupil.home()).located()) {
                withHome++;
            }
        }
        for (Hotspots.Hotspot h : ranked) {
            HarmMap.Place place = h.place();
            double fromSchool = school.located() ? Math.hypot(place.x() - school.x(), place.y() - school.y())
                    : Double.POSITIVE_INFINITY;
            boolean nearSchool = fromSchool <= settings.schoolRadiusMetres();
            int onJourney = 0;
            for (HarmMap.Person pupil : pupils) {
                HarmMap.Place home = pupil.home() >= 0 ? map.places().get(pupil.home()) : null;
                if (home != null && home.located() && school.located() && Hotspots.toSegment(place.x(), place.y(),
                        home.x(), home.y(), school.x(), school.y()) <= settings.routeMetres()) {
                    onJourney++;
                    pupilsOnJourney.add(pupil.index());
                }
            }
            if (nearSchool || onJourney > 0) {
                shown.add(new HotspotReports.SchoolHotspot(ref(place),
                        Double.isInfinite(fromSchool) ? -1 : (int) Math.round(fromSchool), nearSchool, onJourney,
                        h.score(), h.trend(), byType(h.incidents())));
            }
        }
        Map<String, Integer> pupilsByGroup = new HashMap<>();
        for (HarmMap.Person pupil : pupils) {
            for (String g : map.groupsOf(pupil.index(), to)) {
                pupilsByGroup.merge(g, 1, Integer::sum);
            }
        }
        List<HotspotReports.SchoolTension> schoolTensions = new ArrayList<>();
        Set<Integer> inTension = new HashSet<>();
        for (CommunityTensions.Pair pair : tensions) {
            int associated = pupilsByGroup.getOrDefault(pair.groupA(), 0) + pupilsByGroup.getOrDefault(pair.groupB(), 0);
            if (associated > 0) {
                schoolTensions.add(new HotspotReports.SchoolTension(pair.groupAName(), pair.groupBName(),
                        pair.relation(), pair.trend(), pair.intensity(), associated));
                for (HarmMap.Person pupil : pupils) {
                    List<String> groups = map.groupsOf(pupil.index(), to);
                    if (groups.contains(pair.groupA()) || groups.contains(pair.groupB())) {
                        inTension.add(pupil.index());
                    }
                }
            }
        }
        Set<Integer> harmed = new HashSet<>();
        int end = map.firstOnOrAfter(to.plusDays(1));
        for (int i = map.firstOnOrAfter(from); i < end; i++) {
            for (int victim : map.incidents().get(i).victims()) {
                if (map.people().get(victim).school() == school.index()) {
                    harmed.add(victim);
                }
            }
        }
        return new HotspotReports.SchoolView(period(from, to), ref(school), pupils.size(), withHome, harmed.size(),
                pupilsOnJourney.size(), inTension.size(), shown, schoolTensions,
                "For the school's designated safeguarding lead: places and counts only. Incident details, names and "
                        + "police intelligence are shared through the multi-agency partnership, not here.", behind);
    }

    private Map<String, Integer> byType(List<Integer> incidents) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i : incidents) {
            counts.merge(Labelled.of(map.incidents().get(i).type(), "Incident"), 1, Integer::sum);
        }
        return new LinkedHashMap<>(counts);
    }

    private HotspotReports.IncidentLine line(int i) {
        HarmMap.PlacedIncident incident = map.incidents().get(i);
        List<String> details = new ArrayList<>();
        if (incident.severity() != null) {
            details.add(incident.severity().label().toLowerCase(Locale.UK));
        }
        if (incident.weapon() != null && incident.weapon() != Weapon.NONE) {
            details.add(incident.weapon().label().toLowerCase(Locale.UK));
        }
        String what = Labelled.of(incident.type(), "Incident");
        return new HotspotReports.IncidentLine(incident.id(), incident.day(),
                details.isEmpty() ? what : what + " (" + String.join(", ", details) + ")",
                Labelled.of(incident.source(), "Source not recorded"),
                NeedToKnow.detail(reader, incident.source() == null ? null : incident.source().name(), false,
                        incident.summary()));
    }

    private HotspotReports.PlaceRef ref(HarmMap.Place place) {
        return new HotspotReports.PlaceRef(place.id(), place.name(),
                Labelled.of(place.type(), Labelled.of(LocationType.OTHER, "Place")), place.latitude(),
                place.longitude());
    }

    private HotspotReports.GroupRef group(String id) {
        return new HotspotReports.GroupRef(id, map.groupName(id));
    }
}
