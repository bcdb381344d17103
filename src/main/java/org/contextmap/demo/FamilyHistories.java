package org.contextmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;

/**
 * What is known about one family in ten: domestic abuse, parental mental ill health or
 * substance misuse, bereavement, imprisonment, neglect, unstable housing — the adversities the
 * practice reviews found behind adolescents harmed outside the home. Families with a higher
 * latent risk are more likely to have a history. It is recorded on the family so that every
 * sibling's record shows it (Herefordshire CSPR learning point 2).
 */
final class FamilyHistories {

    static final String[] KINDS = {"Domestic abuse", "Parental mental health", "Parental substance misuse",
        "Bereavement", "Parental imprisonment", "Neglect", "Housing instability"};
    private static final double[] KIND_WEIGHTS = {30, 22, 16, 8, 7, 7, 6};

    final int count;
    final int[] family;
    final byte[] kind;
    final long[] notedDay;
    final Agency[] source;
    final boolean[] familyHasHistory;

    FamilyHistories(Population people, CityCalendar calendar, SplittableRandom random) {
        double mean = 0;
        for (double r : people.familyRisk) {
            mean += r;
        }
        mean /= Math.max(1, people.families);
        IntList families = new IntList();
        IntList kinds = new IntList();
        IntList days = new IntList();
        List<Agency> sources = new ArrayList<>();
        familyHasHistory = new boolean[people.families];
        for (int f = 0; f < people.families; f++) {
            if (!Draw.chance(random, Math.min(0.6, 0.11 * people.familyRisk[f] / mean))) {
                continue;
            }
            familyHasHistory[f] = true;
            int entries = 1 + Draw.weighted(random, new double[] {0.6, 0.3, 0.1});
            boolean[] used = new boolean[KINDS.length];
            for (int e = 0; e < entries; e++) {
                int k = Draw.weighted(random, KIND_WEIGHTS);
                if (used[k]) {
                    continue;
                }
                used[k] = true;
                families.add(f);
                kinds.add(k);
                days.add((int) (calendar.endDay - Draw.between(random, 5, 1400)));
                sources.add(source(k, random));
            }
        }
        count = families.size();
        family = families.toArray();
        kind = new byte[count];
        notedDay = new long[count];
        source = sources.toArray(Agency[]::new);
        for (int i = 0; i < count; i++) {
            kind[i] = (byte) kinds.get(i);
            notedDay[i] = days.get(i);
        }
    }

    private static Agency source(int kind, SplittableRandom random) {
        return switch (kind) {
            case 0 -> pick(random, new Agency[] {Agency.POLICE, Agency.SOCIAL_CARE, Agency.HEALTH, Agency.EDUCATION},
                    50, 30, 10, 10);
            case 1 -> pick(random, new Agency[] {Agency.HEALTH, Agency.SOCIAL_CARE, Agency.PARENT_CARER}, 60, 25, 15);
            case 2 -> pick(random, new Agency[] {Agency.HEALTH, Agency.SOCIAL_CARE, Agency.POLICE, Agency.PROBATION},
                    35, 35, 20, 10);
            case 3 -> pick(random, new Agency[] {Agency.EDUCATION, Agency.PARENT_CARER, Agency.SOCIAL_CARE,
                Agency.YOUNG_PERSON}, 35, 30, 25, 10);
            case 4 -> pick(random, new Agency[] {Agency.PROBATION, Agency.POLICE, Agency.SOCIAL_CARE}, 50, 30, 20);
            case 5 -> pick(random, new Agency[] {Agency.SOCIAL_CARE, Agency.EDUCATION, Agency.HEALTH}, 60, 25, 15);
            default -> pick(random, new Agency[] {Agency.HOUSING, Agency.SOCIAL_CARE}, 70, 30);
        };
    }

    private static Agency pick(SplittableRandom random, Agency[] agencies, double... weights) {
        return agencies[Draw.weighted(random, weights)];
    }
}
