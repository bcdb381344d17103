package org.contextmap.hotspot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.incident.HarmWeights;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.place.LocationType;

/**
 * Where harm happened, in memory: the places with their coordinates projected to metres, the
 * incidents ordered by day with their place, harm weight and parties, the young people with their
 * home area and school, and their peer-group associations. Built once per data version by
 * {@link HarmMapReader}; every hotspot and location-risk question is answered from it.
 *
 * <p>Coordinates are projected equirectangularly around the mean of the places — metres east and
 * north — which is accurate to well under 1% across a city.
 */
public final class HarmMap {

    private static final double METRES_PER_DEGREE_LATITUDE = 110_574;
    private static final double METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;

    /** A place, with {@code x}/{@code y} in metres (NaN when it has no coordinates). */
    public record Place(int index, String id, String name, LocationType type, Double latitude, Double longitude,
            double x, double y) {

        public boolean located() {
            return !Double.isNaN(x);
        }
    }

    /** An incident placed on the map, its harm weighed: the parties are indices of {@link #people()}. */
    public record PlacedIncident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon, int place,
            Agency source, String summary, double harm, int[] victims, int[] suspects, int[] others) {

        /** Every young person involved, in any role. */
        public int[] everyone() {
            int[] all = new int[victims.length + suspects.length + others.length];
            System.arraycopy(victims, 0, all, 0, victims.length);
            System.arraycopy(suspects, 0, all, victims.length, suspects.length);
            System.arraycopy(others, 0, all, victims.length + suspects.length, others.length);
            return all;
        }
    }

    /** A young person: where they live (a HOME_AREA place, or -1) and the school they attend (or -1). */
    public record Person(int index, String id, String name, int home, int school) {
    }

    /** A young person's association with a peer group, from a day ({@code null}: not recorded). */
    public record Association(String groupId, LocalDate since) {
    }

    private final List<Place> places;
    private final List<PlacedIncident> incidents;
    private final List<Person> people;
    private final List<List<Association>> associations;
    private final Map<String, String> groupNames;
    private final Map<String, Integer> placeIndex = new HashMap<>();
    private final Map<String, Integer> personIndex = new HashMap<>();

    private HarmMap(List<Place> places, List<PlacedIncident> incidents, List<Person> people,
            List<List<Association>> associations, Map<String, String> groupNames) {
        this.places = places;
        this.incidents = incidents;
        this.people = people;
        this.associations = associations;
        this.groupNames = groupNames;
        places.forEach(p -> placeIndex.put(p.id(), p.index()));
        people.forEach(p -> personIndex.put(p.id(), p.index()));
    }

    public List<Place> places() {
        return places;
    }

    /** The incidents, ordered by day. */
    public List<PlacedIncident> incidents() {
        return incidents;
    }

    public List<Person> people() {
        return people;
    }

    public Place place(String id) {
        Integer index = placeIndex.get(id);
        return index == null ? null : places.get(index);
    }

    public Person person(String id) {
        Integer index = personIndex.get(id);
        return index == null ? null : people.get(index);
    }

    public String groupName(String groupId) {
        return groupNames.getOrDefault(groupId, groupId);
    }

    /** The groups a young person was associated with on a day. */
    public List<String> groupsOf(int person, LocalDate day) {
        return associations.get(person).stream().filter(a -> a.since() == null || !a.since().isAfter(day))
                .map(Association::groupId).distinct().toList();
    }

    /** The first incident on or after a day ({@code incidents().size()} if none). */
    public int firstOnOrAfter(LocalDate day) {
        int low = 0;
        int high = incidents.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (incidents.get(mid).day().isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Metres east and north of the map's origin for a latitude and longitude: {x, y}. */
    public double[] project(double latitude, double longitude) {
        return new double[] {(longitude - origin[1]) * metresPerDegreeLongitude,
            (latitude - origin[0]) * METRES_PER_DEGREE_LATITUDE};
    }

    /** Latitude and longitude of a point given in metres from the origin: {latitude, longitude}. */
    public double[] unproject(double x, double y) {
        return new double[] {origin[0] + y / METRES_PER_DEGREE_LATITUDE, origin[1] + x / metresPerDegreeLongitude};
    }

    private double[] origin = {0, 0};
    private double metresPerDegreeLongitude = METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR;

    public static Builder builder(HarmWeights weights) {
        return new Builder(weights);
    }

    /** Collects the rows of the reader, then projects and orders them. */
    public static final class Builder {

        private record RawPlace(String id, String name, LocationType type, Double latitude, Double longitude) {
        }

        private record RawIncident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon,
                String place, Agency source, String summary) {
        }

        private record RawPerson(String id, String name, String home, String school) {
        }

        private final HarmWeights weights;
        private final List<RawPlace> places = new ArrayList<>();
        private final List<RawIncident> incidents = new ArrayList<>();
        private final List<RawPerson> people = new ArrayList<>();
        private final Map<String, List<String[]>> parties = new HashMap<>();
        private final Map<String, List<Association>> associations = new HashMap<>();
        private final Map<String, String> groupNames = new HashMap<>();

        private Builder(HarmWeights weights) {
            this.weights = weights;
        }

        public Builder place(String id, String name, LocationType type, Double latitude, Double longitude) {
            places.add(new RawPlace(id, name, type, latitude, longitude));
            return this;
        }

        public Builder incident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon,
                String place, Agency source, String summary) {
            if (day != null) {
                incidents.add(new RawIncident(id, day, type, severity, weapon, place, source, summary));
            }
            return this;
        }

        public Builder party(String incidentId, String personId, Role role) {
            parties.computeIfAbsent(incidentId, i -> new ArrayList<>(3))
                    .add(new String[] {personId, role == null ? Role.PRESENT.name() : role.name()});
            return this;
        }

        public Builder person(String id, String name, String homeArea, String school) {
            people.add(new RawPerson(id, name, homeArea, school));
            return this;
        }

        public Builder group(String id, String name) {
            groupNames.put(id, name);
            return this;
        }

        public Builder association(String personId, String groupId, LocalDate since) {
            associations.computeIfAbsent(personId, p -> new ArrayList<>(2)).add(new Association(groupId, since));
            return this;
        }

        public HarmMap build() {
            double latitude = places.stream().filter(p -> p.latitude() != null && p.longitude() != null)
                    .mapToDouble(RawPlace::latitude).average().orElse(0);
            double longitude = places.stream().filter(p -> p.latitude() != null && p.longitude() != null)
                    .mapToDouble(RawPlace::longitude).average().orElse(0);
            double perDegreeLongitude = METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(latitude));
            List<Place> placed = new ArrayList<>();
            Map<String, Integer> placeIndex = new HashMap<>();
            for (RawPlace p : places) {
                boolean located = p.latitude() != null && p.longitude() != null;
                placeIndex.put(p.id(), placed.size());
                placed.add(new Place(placed.size(), p.id(), p.name(), p.type(), p.latitude(), p.longitude(),
                        located ? (p.longitude() - longitude) * perDegreeLongitude : Double.NaN,
                        located ? (p.latitude() - latitude) * METRES_PER_DEGREE_LATITUDE : Double.NaN));
            }
            List<Person> persons = new ArrayList<>();
            Map<String, Integer> personIndex = new HashMap<>();
            List<List<Association>> byPerson = new ArrayList<>();
            for (RawPerson p : people) {
                personIndex.put(p.id(), persons.size());
                persons.add(new Person(persons.size(), p.id(), p.name(),
                        p.home() == null ? -1 : placeIndex.getOrDefault(p.home(), -1),
                        p.school() == null ? -1 : placeIndex.getOrDefault(p.school(), -1)));
                byPerson.add(List.copyOf(associations.getOrDefault(p.id(), List.of())));
            }
            List<PlacedIncident> ordered = incidents.stream()
                    .sorted(Comparator.comparing(RawIncident::day).thenComparing(RawIncident::id))
                    .map(i -> incident(i, placeIndex, personIndex)).toList();
            HarmMap map = new HarmMap(List.copyOf(placed), ordered, List.copyOf(persons), byPerson,
                    Map.copyOf(groupNames));
            map.origin = new double[] {latitude, longitude};
            map.metresPerDegreeLongitude = perDegreeLongitude;
            return map;
        }

        private PlacedIncident incident(RawIncident i, Map<String, Integer> placeIndex, Map<String, Integer> personIndex) {
            List<Integer> victims = new ArrayList<>();
            List<Integer> suspects = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (String[] party : parties.getOrDefault(i.id(), List.of())) {
                Integer person = personIndex.get(party[0]);
                if (person != null) {
                    (Role.VICTIM.name().equals(party[1]) ? victims
                            : Role.SUSPECT.name().equals(party[1]) ? suspects : others).add(person);
                }
            }
            return new PlacedIncident(i.id(), i.day(), i.type(), i.severity(), i.weapon(),
                    i.place() == null ? -1 : placeIndex.getOrDefault(i.place(), -1), i.source(), i.summary(),
                    weights.harm(i.type(), i.severity(), i.weapon()), ints(victims), ints(suspects), ints(others));
        }

        private static int[] ints(List<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
