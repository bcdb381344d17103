package org.contextmap.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;

/**
 * The map of Ashbury: neighbourhoods (HOME_AREA locations), secondary schools and the places
 * where young people spend time. Positions are kept in kilometres from the city centre
 * (latitude 52.0, longitude -1.0) and turned into coordinates rounded to five decimals (about a
 * metre). The city is about 8 km across for 2,000 young people and grows with the square root of
 * their number, so the density of young people, and with it the meaning of a hotspot grid cell or
 * a near-repeat distance, is the same at every size. Neighbourhoods and schools are laid out on a
 * sunflower (Vogel) spiral with jitter, which covers the disc evenly without a visible grid.
 */
final class Geography {

    static final double CENTRE_LATITUDE = 52.0;
    static final double CENTRE_LONGITUDE = -1.0;
    private static final double KM_PER_DEGREE_LATITUDE = 111.32;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final int SCHOOLS_PER_AREA = 3;
    private static final int NEAREST_AREAS = 4;

    final double radiusKm;

    final int areas;
    final String[] areaName;
    final double[] areaX;
    final double[] areaY;
    /** Relative number of families living in each neighbourhood. */
    final double[] areaWeight;
    /** Relative deprivation: scales the family risks of the neighbourhood's families. */
    final double[] areaDeprivation;
    final double areaRadiusKm;
    /** For each neighbourhood, the nearest other neighbourhoods, nearest first. */
    final int[][] nearestAreas;

    final int schools;
    final String[] schoolName;
    final double[] schoolX;
    final double[] schoolY;
    /** For each neighbourhood, the schools that serve it, nearest first. */
    final int[][] areaSchools;

    final int places;
    final String[] placeName;
    final LocationType[] placeType;
    final double[] placeX;
    final double[] placeY;
    final int[] placeArea;
    /** How much harm a place attracts: transport hubs and shops more than streets. */
    final double[] placeAttraction;
    /** Change of attraction over the two years, from -0.9 (fading) to +0.9 (emerging hotspot). */
    final double[] placeTrend;
    final int[][] areaPlaces;
    /** The city-centre places that young people from every neighbourhood visit. */
    final int[] centralPlaces;

    private final int areaDigits;
    private final int schoolDigits;
    private final int placeDigits;

    Geography(DemoCitySpec spec, SplittableRandom random) {
        int people = spec.people();
        radiusKm = Math.max(2.0, 4.0 * Math.sqrt(people / 2000.0));
        PlaceNames names = new PlaceNames(random);

        areas = Math.max(3, (int) Math.round(people / 1500.0));
        areaName = names.neighbourhoods(areas).toArray(String[]::new);
        areaX = new double[areas];
        areaY = new double[areas];
        areaWeight = new double[areas];
        areaDeprivation = new double[areas];
        areaRadiusKm = radiusKm / Math.sqrt(areas);
        spiral(areas, random, areaX, areaY);
        for (int a = 0; a < areas; a++) {
            areaWeight[a] = Draw.logNormal(random, 0.3);
            areaDeprivation[a] = Draw.logNormal(random, 0.35);
        }
        nearestAreas = new int[areas][];
        for (int a = 0; a < areas; a++) {
            nearestAreas[a] = nearest(areaX[a], areaY[a], areaX, areaY, Math.min(NEAREST_AREAS, areas - 1), a);
        }

        schools = Math.max(2, (int) Math.round(people / 600.0));
        schoolName = new String[schools];
        schoolX = new double[schools];
        schoolY = new double[schools];
        spiral(schools, random, schoolX, schoolY);
        for (int s = 0; s < schools; s++) {
            int area = nearest(schoolX[s], schoolY[s], areaX, areaY, 1, -1)[0];
            schoolName[s] = names.school(areaName[area]);
        }
        areaSchools = new int[areas][];
        for (int a = 0; a < areas; a++) {
            areaSchools[a] = nearest(areaX[a], areaY[a], schoolX, schoolY, Math.min(SCHOOLS_PER_AREA, schools), -1);
        }

        places = Math.max(20, (int) Math.round(people / 100.0));
        placeName = new String[places];
        placeType = new LocationType[places];
        placeX = new double[places];
        placeY = new double[places];
        placeArea = new int[places];
        placeAttraction = new double[places];
        placeTrend = new double[places];
        int centre = nearest(0, 0, areaX, areaY, 1, -1)[0];
        String[] centralNames = {PlaceNames.CITY + " bus station", PlaceNames.CITY + " Central station",
            PlaceNames.CITY + " shopping centre", PlaceNames.CITY + " Memorial Park"};
        LocationType[] centralTypes = {LocationType.TRANSPORT_HUB, LocationType.TRANSPORT_HUB, LocationType.SHOP,
            LocationType.PARK};
        centralPlaces = new int[centralNames.length];
        for (int p = 0; p < centralNames.length; p++) {
            centralPlaces[p] = p;
            placeName[p] = names.fixed(centralNames[p]);
            placeType[p] = centralTypes[p];
            placeArea[p] = centre;
            placeX[p] = 0.3 * random.nextGaussian();
            placeY[p] = 0.3 * random.nextGaussian();
            placeAttraction[p] = 2.5 * typeAttraction(centralTypes[p]) * Draw.logNormal(random, 0.3);
        }
        Mix<LocationType> otherTypes = Mix.of(LocationType.STREET, 28).and(LocationType.SHOP, 20)
                .and(LocationType.ESTATE, 14).and(LocationType.PARK, 10).and(LocationType.TRANSPORT_HUB, 8)
                .and(LocationType.YOUTH_CLUB, 10).and(LocationType.OTHER, 10);
        LocationType[] firstTypes = {LocationType.STREET, LocationType.PARK, LocationType.ESTATE};
        List<List<Integer>> byArea = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            byArea.add(new ArrayList<>());
        }
        for (int p = 0; p < centralPlaces.length; p++) {
            byArea.get(centre).add(p);
        }
        for (int p = centralPlaces.length; p < places; p++) {
            int k = p - centralPlaces.length;
            int area = k % areas;
            int round = k / areas;
            LocationType type = round < firstTypes.length ? firstTypes[round] : otherTypes.pick(random);
            placeType[p] = type;
            placeArea[p] = area;
            placeName[p] = names.place(type, areaName[area]);
            double r = 0.85 * areaRadiusKm * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            placeX[p] = areaX[area] + r * Math.cos(angle);
            placeY[p] = areaY[area] + r * Math.sin(angle);
            placeAttraction[p] = typeAttraction(type) * Draw.logNormal(random, 0.55);
            placeTrend[p] = Draw.chance(random, 0.3) ? -0.9 + 1.8 * random.nextDouble() : 0;
            byArea.get(area).add(p);
        }
        areaPlaces = new int[areas][];
        for (int a = 0; a < areas; a++) {
            areaPlaces[a] = byArea.get(a).stream().mapToInt(Integer::intValue).toArray();
        }

        areaDigits = Math.max(3, digits(areas));
        schoolDigits = Math.max(3, digits(schools));
        placeDigits = Math.max(4, digits(places));
    }

    /** The HOME_AREA location id of a neighbourhood, such as {@code HA-001}. */
    String areaId(int area) {
        return "HA-" + pad(area + 1, areaDigits);
    }

    String schoolId(int school) {
        return "SCH-" + pad(school + 1, schoolDigits);
    }

    String placeId(int place) {
        return "LOC-" + pad(place + 1, placeDigits);
    }

    /** Relative attraction of a place on a minute of the history (with its trend applied). */
    double attraction(int place, double fractionOfHistory) {
        return placeAttraction[place] * Math.max(0.1, 1 + placeTrend[place] * (2 * fractionOfHistory - 1));
    }

    /** Every location of the city: neighbourhoods, then schools, then other places. */
    List<Location> locations() {
        List<Location> result = new ArrayList<>(areas + schools + places);
        for (int a = 0; a < areas; a++) {
            result.add(location(areaId(a), areaName[a], LocationType.HOME_AREA, areaX[a], areaY[a]));
        }
        for (int s = 0; s < schools; s++) {
            result.add(location(schoolId(s), schoolName[s], LocationType.SCHOOL, schoolX[s], schoolY[s]));
        }
        for (int p = 0; p < places; p++) {
            result.add(location(placeId(p), placeName[p], placeType[p], placeX[p], placeY[p]));
        }
        return result;
    }

    private static Location location(String id, String name, LocationType type, double x, double y) {
        double latitude = CENTRE_LATITUDE + y / KM_PER_DEGREE_LATITUDE;
        double longitude = CENTRE_LONGITUDE
                + x / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(CENTRE_LATITUDE)));
        return new Location(id, name, type, round5(latitude), round5(longitude));
    }

    private static double round5(double value) {
        return Math.round(value * 1e5) / 1e5;
    }

    private void spiral(int count, SplittableRandom random, double[] xs, double[] ys) {
        double rotation = 2 * Math.PI * random.nextDouble();
        double spacing = radiusKm * Math.sqrt(Math.PI / count);
        for (int i = 0; i < count; i++) {
            double r = 0.92 * radiusKm * Math.sqrt((i + 0.5) / count);
            double angle = i * GOLDEN_ANGLE + rotation;
            xs[i] = r * Math.cos(angle) + 0.15 * spacing * random.nextGaussian();
            ys[i] = r * Math.sin(angle) + 0.15 * spacing * random.nextGaussian();
        }
    }

    /** The {@code k} points nearest to (x, y), nearest first, leaving out index {@code except}. */
    private static int[] nearest(double x, double y, double[] xs, double[] ys, int k, int except) {
        int[] best = new int[k];
        double[] bestDistance = new double[k];
        Arrays.fill(bestDistance, Double.MAX_VALUE);
        for (int i = 0; i < xs.length; i++) {
            if (i == except) {
                continue;
            }
            double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (k == 0 || d >= bestDistance[k - 1]) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && bestDistance[j - 1] > d) {
                bestDistance[j] = bestDistance[j - 1];
                best[j] = best[j - 1];
                j--;
            }
            bestDistance[j] = d;
            best[j] = i;
        }
        return best;
    }

    private static double typeAttraction(LocationType type) {
        return switch (type) {
            case TRANSPORT_HUB -> 3.0;
            case SHOP -> 2.2;
            case PARK -> 1.8;
            case ESTATE -> 1.6;
            case STREET -> 1.2;
            case YOUTH_CLUB -> 1.0;
            default -> 0.5;
        };
    }

    static int digits(long n) {
        return Long.toString(n).length();
    }

    static String pad(long number, int width) {
        String s = Long.toString(number);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
