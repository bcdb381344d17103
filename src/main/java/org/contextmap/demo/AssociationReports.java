package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;

/**
 * The rows of group association: for each association of a young person with a group, the agency
 * that reported it, how sure it is — from police intelligence to a parent's worry — and since when
 * it has been known (a day between the later of the child's eleventh birthday and three years
 * before the end, and two weeks before the end). Rows are in person order, the primary group
 * before the second.
 */
final class AssociationReports {

    final int count;
    final int[] person;
    final int[] group;
    final long[] since;
    final Agency[] source;
    final Confidence[] confidence;

    AssociationReports(Population people, CityCalendar calendar, GroupMembership membership, int count,
            SplittableRandom random) {
        this.count = count;
        person = new int[count];
        group = new int[count];
        since = new long[count];
        source = new Agency[count];
        confidence = new Confidence[count];
        Mix<Agency> sources = Mix.of(Agency.POLICE, 42).and(Agency.SOCIAL_CARE, 12).and(Agency.EDUCATION, 12)
                .and(Agency.YOUTH_JUSTICE, 10).and(Agency.VOLUNTARY, 7).and(Agency.PARENT_CARER, 9)
                .and(Agency.YOUNG_PERSON, 5).and(Agency.HOUSING, 2).and(Agency.HEALTH, 1);
        Mix<Confidence> confidences = Mix.of(Confidence.CONFIRMED, 20).and(Confidence.PROBABLE, 35)
                .and(Confidence.POSSIBLE, 30).and(Confidence.UNVERIFIED, 15);
        int i = 0;
        for (int p = 0; p < people.size; p++) {
            for (int g : new int[] {membership.groupOf[p], membership.secondGroupOf[p]}) {
                if (g < 0) {
                    continue;
                }
                person[i] = p;
                group[i] = g;
                long earliest = Math.max(people.birthdayAt(p, 11), calendar.endDay - 1100);
                long latest = calendar.endDay - 14;
                since[i] = earliest >= latest ? latest
                        : earliest + (long) (random.nextDouble() * (latest - earliest));
                source[i] = sources.pick(random);
                confidence[i] = confidences.pick(random);
                i++;
            }
        }
    }
}
