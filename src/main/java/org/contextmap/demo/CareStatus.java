package org.contextmap.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.contextmap.person.SocialCareStatus;

/**
 * Each young person's social-care status, risk flags and lead professional, decided after the
 * incident history so that they follow it: children harmed, exploited or from families with a
 * known history are more often open to social care; exploitation victims are flagged {@code CCE}
 * or {@code CSE}, children who repeatedly go missing {@code MISSING}. About 3% are looked after
 * (chosen with the population), 2% on a child-protection plan, 5% children in need, 7% in early
 * help. Most — not all — children open to social care have a lead professional, and a few
 * flagged children with no social-care case have none, which is what the
 * {@code NO_LEAD_PROFESSIONAL} practice alert is for.
 */
final class CareStatus {

    static final int CCE = 1;
    static final int CSE = 2;
    static final int MISSING = 4;

    final SocialCareStatus[] status;
    final int[] flags;
    final String[] leadProfessional;

    CareStatus(Population people, PeerGroups groups, HarmSummary harm, FamilyHistories histories,
            SplittableRandom random) {
        int n = people.size;
        status = new SocialCareStatus[n];
        flags = new int[n];
        leadProfessional = new String[n];
        for (int p = 0; p < n; p++) {
            int f = 0;
            if (harm.exploitations[p] > 0 && Draw.chance(random, 0.75)) {
                f |= CCE;
            } else if (groups.core[p] && harm.weaponPossessions[p] > 0 && people.age[p] <= 17
                    && Draw.chance(random, 0.3)) {
                f |= CCE;
            }
            if ((harm.sexualHarm[p] > 0 && Draw.chance(random, 0.25))
                    || (harm.exploitations[p] > 0 && people.gender[p] == Gender.FEMALE && Draw.chance(random, 0.4))) {
                f |= CSE;
            }
            if ((harm.missingEpisodes[p] >= 2 && Draw.chance(random, 0.8))
                    || (harm.missingEpisodes[p] == 1 && Draw.chance(random, 0.2))) {
                f |= MISSING;
            }
            flags[p] = f;
        }

        double[] score = new double[n];
        for (int p = 0; p < n; p++) {
            score[p] = people.inCare[p] ? Double.POSITIVE_INFINITY
                    : Math.log(people.familyRisk[people.familyOf[p]])
                            + 0.6 * Math.log(people.vulnerability[p] / people.familyRisk[people.familyOf[p]])
                            + 0.7 * Math.min(2, harm.seriousVictimisations[p]) + 0.6 * Math.min(1, harm.exploitations[p])
                            + (histories.familyHasHistory[people.familyOf[p]] ? 0.6 : 0)
                            + 0.3 * Math.min(2, harm.suspicions[p]) + (flags[p] != 0 ? 0.4 : 0)
                            + 0.8 * random.nextGaussian();
        }
        double[] sorted = score.clone();
        Arrays.sort(sorted);
        int inCare = 0;
        for (boolean c : people.inCare) {
            inCare += c ? 1 : 0;
        }
        double looked = (double) inCare / n;
        double cp = quantile(sorted, looked + 0.02);
        double cin = quantile(sorted, looked + 0.07);
        double earlyHelp = quantile(sorted, looked + 0.14);
        for (int p = 0; p < n; p++) {
            if (people.inCare[p]) {
                status[p] = SocialCareStatus.LOOKED_AFTER;
            } else if (score[p] >= cp) {
                status[p] = SocialCareStatus.CHILD_PROTECTION;
            } else if (score[p] >= cin) {
                status[p] = SocialCareStatus.CHILD_IN_NEED;
            } else if (score[p] >= earlyHelp) {
                status[p] = SocialCareStatus.EARLY_HELP;
            } else {
                status[p] = SocialCareStatus.NONE;
            }
        }

        String[] professionals = professionals(Math.max(12, n / 60), random);
        for (int p = 0; p < n; p++) {
            double chance = switch (status[p]) {
                case LOOKED_AFTER, CHILD_PROTECTION, CHILD_IN_NEED -> 0.92;
                case EARLY_HELP -> 0.75;
                case NONE -> flags[p] != 0 ? 0.25 : 0.005;
            };
            if (Draw.chance(random, chance)) {
                int team = people.area[p] * 7 + random.nextInt(7);
                leadProfessional[p] = professionals[team % professionals.length];
            }
        }
    }

    List<String> flagList(int person) {
        int f = flags[person];
        if (f == 0) {
            return List.of();
        }
        List<String> list = new ArrayList<>(3);
        if ((f & CCE) != 0) {
            list.add("CCE");
        }
        if ((f & CSE) != 0) {
            list.add("CSE");
        }
        if ((f & MISSING) != 0) {
            list.add("MISSING");
        }
        return list;
    }

    boolean open(int person) {
        return status[person] != SocialCareStatus.NONE;
    }

    /** The score above which the top {@code share} of children lie. */
    private static double quantile(double[] sorted, double share) {
        int index = (int) Math.floor(sorted.length * (1 - share));
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String[] professionals(int count, SplittableRandom random) {
        NameBackground[] backgrounds = NameBackground.values();
        double[] weights = {55, 6, 8, 8, 7, 3, 6, 2, 3, 2};
        String[] names = new String[count];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name;
            int attempt = 0;
            do {
                NameBackground b = backgrounds[Draw.weighted(random, weights)];
                Gender g = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
                name = b.firstName(random, g) + " " + backgrounds[Draw.weighted(random, weights)].surname(random);
            } while (!used.add(name) && ++attempt < 20);
            names[i] = name;
        }
        return names;
    }
}
