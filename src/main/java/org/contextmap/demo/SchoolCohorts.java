package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Young people by year group: by school (or, for those not at school, by neighbourhood) and by
 * year of age from 10 to 19. Adolescent ties form mostly within a school year group, so the social
 * network looks for friends and partners here first.
 */
final class SchoolCohorts {

    private final int[] cohortStart;
    private final int[] cohortMembers;
    private final int[] cohortOf;

    SchoolCohorts(Population people, Geography map) {
        int n = people.size;
        int cohorts = (map.schools + map.areas) * 10;
        cohortOf = new int[n];
        cohortStart = new int[cohorts + 1];
        for (int p = 0; p < n; p++) {
            int block = people.school[p] >= 0 ? people.school[p] : map.schools + people.area[p];
            cohortOf[p] = block * 10 + Math.min(9, Math.max(0, people.age[p] - 10));
            cohortStart[cohortOf[p] + 1]++;
        }
        for (int c = 0; c < cohorts; c++) {
            cohortStart[c + 1] += cohortStart[c];
        }
        cohortMembers = new int[n];
        int[] fill = Arrays.copyOf(cohortStart, cohorts);
        for (int p = 0; p < n; p++) {
            cohortMembers[fill[cohortOf[p]]++] = p;
        }
    }

    /** Someone of p's year group, a quarter of the time of the year above or below; -1 if there is nobody. */
    int peer(int p, SplittableRandom random) {
        int c = cohortOf[p];
        if (Draw.chance(random, 0.25)) {
            int year = c % 10;
            int other = year == 0 ? 1 : year == 9 ? 8 : (random.nextBoolean() ? year + 1 : year - 1);
            c = c - year + other;
        }
        int size = cohortStart[c + 1] - cohortStart[c];
        return size == 0 ? -1 : cohortMembers[cohortStart[c] + random.nextInt(size)];
    }
}
