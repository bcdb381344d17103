package org.contextmap.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The young people of Ashbury, aged 10 to 19 on the end date, in families of one to four
 * children who share a surname and a neighbourhood and usually a school (about 0.6 families per
 * young person, as in England, where most families have one or two children). People are stored
 * family by family (index order), and their public ids are a random permutation so that an id
 * says nothing about the family.
 *
 * <p>Every child carries a latent <em>vulnerability</em>: the family's risk (neighbourhood
 * deprivation times a family factor) times an individual factor, both log-normal. Group
 * association, victimisation, school exclusion, special educational needs and social-care
 * involvement all grow with it, which is what makes them correlated, and correlated within
 * families, as the practice reviews describe ("cumulative harm"; "the sibling's exclusion was a
 * warning").
 */
final class Population {

    private static final double[] FAMILY_SIZES = {0.55, 0.30, 0.11, 0.04};
    private static final double IN_CARE_SHARE = 0.03;

    final int size;
    final int families;
    /** People of family f are indices familyStart[f] … familyStart[f + 1] - 1. */
    final int[] familyStart;
    final int[] familyOf;
    final double[] familyRisk;

    final int[] idNumber;
    final long[] birthDay;
    final int[] age;
    final Gender[] gender;
    final Ethnicity[] ethnicity;
    final int[] area;
    /** The school attended, or -1: primary pupils, most 17–19 year olds, and children out of school. */
    final int[] school;
    final String[] name;
    final double[] vulnerability;
    final double meanVulnerability;
    final double[] sociability;
    final boolean[] send;
    final boolean[] inCare;

    /** Residents of neighbourhood a are areaMembers[areaStart[a] … areaStart[a + 1] - 1]. */
    final int[] areaStart;
    final int[] areaMembers;

    private final int idDigits;
    private final int familyDigits;

    Population(DemoCitySpec spec, Geography map, CityCalendar calendar, SplittableRandom random) {
        size = spec.people();
        LocalDate end = calendar.end;
        long oldest = end.minusYears(20).plusDays(1).toEpochDay();
        long youngest = end.minusYears(10).toEpochDay();

        familyOf = new int[size];
        birthDay = new long[size];
        age = new int[size];
        gender = new Gender[size];
        ethnicity = new Ethnicity[size];
        area = new int[size];
        school = new int[size];
        name = new String[size];
        vulnerability = new double[size];
        sociability = new double[size];
        send = new boolean[size];
        inCare = new boolean[size];

        AliasTable areaDraw = new AliasTable(map.areaWeight);
        double[][] ethnicMix = ethnicMix(map.areas, random);
        Mix<Gender> genders = Mix.of(Gender.MALE, 50.5).and(Gender.FEMALE, 48.5).and(Gender.NON_BINARY, 0.5)
                .and(Gender.NOT_KNOWN, 0.5);
        Ethnicity[] ethnicities = Ethnicity.values();

        IntList starts = new IntList(size);
        double[] riskValues = new double[size];
        int person = 0;
        int family = 0;
        while (person < size) {
            int children = Math.min(size - person, 1 + Draw.weighted(random, FAMILY_SIZES));
            starts.add(person);
            int home = areaDraw.sample(random);
            Ethnicity familyEthnicity = ethnicities[Draw.weighted(random, ethnicMix[home])];
            String surname = familyEthnicity.surnameBackground(random).surname(random);
            double risk = map.areaDeprivation[home] * Draw.logNormal(random, 0.6);
            riskValues[family] = risk;
            int[] nearSchools = map.areaSchools[home];
            int preferred = nearSchools[Draw.weighted(random, new double[] {0.6, 0.25, 0.15})
                    % nearSchools.length];
            for (int k = 0; k < children; k++) {
                int p = person + k;
                familyOf[p] = family;
                birthDay[p] = birthDay(random, oldest, youngest, person, k);
                age[p] = Period.between(LocalDate.ofEpochDay(birthDay[p]), end).getYears();
                gender[p] = genders.pick(random);
                ethnicity[p] = familyEthnicity;
                area[p] = home;
                String first = firstName(random, familyEthnicity, gender[p], person, k);
                name[p] = first + " " + surname;
                school[p] = school(random, age[p], preferred, nearSchools);
                vulnerability[p] = risk * Draw.logNormal(random, 0.5);
                sociability[p] = Draw.logNormal(random, 0.55);
            }
            person += children;
            family++;
        }
        families = family;
        familyStart = Arrays.copyOf(starts.toArray(), families + 1);
        familyStart[families] = size;
        familyRisk = Arrays.copyOf(riskValues, families);

        double sum = 0;
        for (double v : vulnerability) {
            sum += v;
        }
        meanVulnerability = sum / size;
        for (int p = 0; p < size; p++) {
            send[p] = Draw.chance(random, Math.min(0.6, 0.15 * vulnerability[p] / meanVulnerability));
        }
        chooseChildrenInCare(random);

        idNumber = new int[size];
        for (int p = 0; p < size; p++) {
            idNumber[p] = p + 1;
        }
        for (int p = size - 1; p > 0; p--) {
            int q = random.nextInt(p + 1);
            int t = idNumber[p];
            idNumber[p] = idNumber[q];
            idNumber[q] = t;
        }
        idDigits = Math.max(6, Geography.digits(size));
        familyDigits = Math.max(6, Geography.digits(families));

        areaStart = new int[map.areas + 1];
        for (int p = 0; p < size; p++) {
            areaStart[area[p] + 1]++;
        }
        for (int a = 0; a < map.areas; a++) {
            areaStart[a + 1] += areaStart[a];
        }
        areaMembers = new int[size];
        int[] fill = Arrays.copyOf(areaStart, map.areas);
        for (int p = 0; p < size; p++) {
            areaMembers[fill[area[p]]++] = p;
        }
    }

    String id(int person) {
        return "YP" + Geography.pad(idNumber[person], idDigits);
    }

    String familyId(int family) {
        return "F" + Geography.pad(family + 1, familyDigits);
    }

    /** True when {@code a}'s id sorts before {@code b}'s (ids have a fixed width). */
    boolean idBefore(int a, int b) {
        return idNumber[a] < idNumber[b];
    }

    int residents(int a) {
        return areaStart[a + 1] - areaStart[a];
    }

    /** The epoch day on which the person turns {@code years} old. */
    long birthdayAt(int person, int years) {
        return LocalDate.ofEpochDay(birthDay[person]).plusYears(years).toEpochDay();
    }

    boolean isMale(int person) {
        return gender[person] == Gender.MALE;
    }

    private static double[][] ethnicMix(int areas, SplittableRandom random) {
        Ethnicity[] values = Ethnicity.values();
        double[][] mix = new double[areas][values.length];
        for (int a = 0; a < areas; a++) {
            double diversity = Draw.logNormal(random, 0.5);
            for (int e = 0; e < values.length; e++) {
                mix[a][e] = values[e] == Ethnicity.WHITE_BRITISH ? values[e].share / diversity
                        : values[e].share * diversity * Draw.logNormal(random, 0.6);
            }
        }
        return mix;
    }

    /** Siblings at least ten months apart unless twins (3%). */
    private long birthDay(SplittableRandom random, long oldest, long youngest, int firstOfFamily, int k) {
        long range = youngest - oldest + 1;
        if (k > 0 && Draw.chance(random, 0.03)) {
            return birthDay[firstOfFamily + k - 1];
        }
        long day = oldest + (long) (random.nextDouble() * range);
        for (int attempt = 0; attempt < 10; attempt++) {
            boolean clash = false;
            for (int j = 0; j < k; j++) {
                if (Math.abs(birthDay[firstOfFamily + j] - day) < 300) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                return day;
            }
            day = oldest + (long) (random.nextDouble() * range);
        }
        return day;
    }

    private String firstName(SplittableRandom random, Ethnicity ethnicity, Gender g, int firstOfFamily, int k) {
        String candidate = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            candidate = ethnicity.firstNameBackground(random).firstName(random, g);
            boolean taken = false;
            for (int j = 0; j < k; j++) {
                if (name[firstOfFamily + j].startsWith(candidate + " ")) {
                    taken = true;
                    break;
                }
            }
            if (!taken) {
                return candidate;
            }
        }
        return candidate;
    }

    private static int school(SplittableRandom random, int age, int preferred, int[] nearSchools) {
        if (age >= 11 && age <= 16) {
            return Draw.chance(random, 0.85) ? preferred : nearSchools[random.nextInt(nearSchools.length)];
        }
        if (age == 17 || age == 18) {
            return Draw.chance(random, 0.55) ? preferred : -1;
        }
        return -1;
    }

    /** About 3% looked after, chosen mostly by family risk so that siblings are often in care together. */
    private void chooseChildrenInCare(SplittableRandom random) {
        double[] familyNoise = new double[families];
        for (int f = 0; f < families; f++) {
            familyNoise[f] = random.nextGaussian();
        }
        double[] score = new double[size];
        for (int p = 0; p < size; p++) {
            score[p] = Math.log(familyRisk[familyOf[p]]) + 0.5 * familyNoise[familyOf[p]]
                    + 0.4 * random.nextGaussian();
        }
        double[] sorted = score.clone();
        Arrays.sort(sorted);
        double threshold = sorted[Math.max(0, (int) Math.floor(size * (1 - IN_CARE_SHARE)))];
        for (int p = 0; p < size; p++) {
            inCare[p] = score[p] >= threshold;
        }
    }
}
