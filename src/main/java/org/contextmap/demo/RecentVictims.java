package org.contextmap.demo;

import java.util.SplittableRandom;

/**
 * Victims in time order, to draw a recent one for repeat victimisation (within ten months).
 * {@link BackgroundCasting} keeps one list per kind of harm that repeats (violence, exploitation
 * and missing episodes) and checks that the victim drawn can be harmed again at that minute.
 */
final class RecentVictims {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;
    private static final int REPEAT_WINDOW = 300 * DAY;
    private static final int REPEAT_MEAN_DAYS = 45;

    private final IntList people = new IntList();
    private final IntList minutes = new IntList();

    void add(int person, int minute) {
        people.add(person);
        minutes.add(minute);
    }

    /**
     * A victim harmed within the window before {@code t}, the recently harmed more likely: the
     * time back is exponential with a mean of {@value #REPEAT_MEAN_DAYS} days, because the risk of
     * a repeat is greatest in the weeks after the first harm (Farrell &amp; Pease 1993, "Once
     * bitten, twice bitten"; Polvi et al. 1991). -1 when nobody was harmed then.
     */
    int recent(int t, SplittableRandom random) {
        int back = (int) Math.min(REPEAT_WINDOW, -Math.log(1 - random.nextDouble()) * REPEAT_MEAN_DAYS * DAY);
        int target = t - back;
        int lo = 0;
        int hi = minutes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (minutes.get(mid) <= target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int at = lo - 1;
        if (at < 0 || minutes.get(at) < t - REPEAT_WINDOW) {
            return -1;
        }
        return people.get(at);
    }
}
