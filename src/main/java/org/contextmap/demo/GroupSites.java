package org.contextmap.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.contextmap.place.LocationType;

/**
 * Where each peer group is rooted. Groups are spread over the neighbourhoods in proportion to
 * their residents, and each is named after the estate, street or park where it spends time
 * ("Northgate Estate group", "Millfield Road peer group") — never "gang": association is a fact
 * about a child's context, not a finding about the child. A group with no such place left in its
 * neighbourhood is named after the neighbourhood instead (its younger, older or girls' peer group).
 */
final class GroupSites {

    /** The neighbourhood of each group. */
    final int[] area;
    final String[] name;
    final double[] x;
    final double[] y;
    /** The groups of each neighbourhood. */
    final int[][] byArea;

    GroupSites(int count, Population people, Geography map, SplittableRandom random) {
        area = allocateToAreas(count, people, map);
        name = new String[count];
        x = new double[count];
        y = new double[count];
        nameAndPlace(map, random);
        byArea = groupsByArea(map);
    }

    /** Groups per neighbourhood in proportion to residents (largest remainder), at least one in all. */
    private static int[] allocateToAreas(int count, Population people, Geography map) {
        int areas = map.areas;
        int[] quota = new int[areas];
        double[] remainder = new double[areas];
        int given = 0;
        for (int a = 0; a < areas; a++) {
            double exact = (double) count * people.residents(a) / people.size;
            quota[a] = (int) Math.floor(exact);
            remainder[a] = exact - quota[a];
            given += quota[a];
        }
        while (given < count) {
            int best = 0;
            for (int a = 1; a < areas; a++) {
                if (remainder[a] > remainder[best]) {
                    best = a;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            given++;
        }
        int[] result = new int[count];
        int g = 0;
        for (int a = 0; a < areas; a++) {
            for (int k = 0; k < quota[a]; k++) {
                result[g++] = a;
            }
        }
        return result;
    }

    private void nameAndPlace(Geography map, SplittableRandom random) {
        Set<String> usedNames = new HashSet<>();
        boolean[] usedPlace = new boolean[map.places];
        String[] fallbacks = {" younger peer group", " older peer group", " peer group", " girls' peer group"};
        for (int g = 0; g < area.length; g++) {
            int a = area[g];
            int[] candidates = map.areaPlaces[a];
            int anchor = -1;
            int offset = candidates.length == 0 ? 0 : random.nextInt(candidates.length);
            for (int k = 0; k < candidates.length; k++) {
                int place = candidates[(offset + k) % candidates.length];
                LocationType type = map.placeType[place];
                boolean central = place < map.centralPlaces.length;
                if (!usedPlace[place] && !central && (type == LocationType.ESTATE || type == LocationType.STREET
                        || type == LocationType.PARK)) {
                    anchor = place;
                    break;
                }
            }
            String candidate;
            if (anchor >= 0) {
                usedPlace[anchor] = true;
                String placeName = map.placeName[anchor];
                candidate = map.placeType[anchor] == LocationType.STREET ? placeName + " peer group"
                        : placeName + " group";
                x[g] = map.placeX[anchor];
                y[g] = map.placeY[anchor];
            } else {
                candidate = map.areaName[a] + fallbacks[0];
                x[g] = map.areaX[a] + 0.3 * map.areaRadiusKm * random.nextGaussian();
                y[g] = map.areaY[a] + 0.3 * map.areaRadiusKm * random.nextGaussian();
            }
            for (int k = 1; !usedNames.add(candidate); k++) {
                candidate = k < fallbacks.length ? map.areaName[a] + fallbacks[k]
                        : map.areaName[a] + " peer group " + (k - fallbacks.length + 2);
            }
            name[g] = candidate;
        }
    }

    private int[][] groupsByArea(Geography map) {
        List<List<Integer>> byArea = new ArrayList<>();
        for (int a = 0; a < map.areas; a++) {
            byArea.add(new ArrayList<>());
        }
        for (int g = 0; g < area.length; g++) {
            byArea.get(area[g]).add(g);
        }
        int[][] result = new int[map.areas][];
        for (int a = 0; a < map.areas; a++) {
            result[a] = byArea.get(a).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
