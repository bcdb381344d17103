package org.contextmap.demo;

import java.util.SplittableRandom;

/**
 * When incidents happen. Background incidents arrive at random days, more in summer and at
 * weekends, and at times of day that peak in the evening; follow-ups keep their own delay but take
 * a time of day from the same curve.
 */
final class IncidentArrivals {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;
    private static final double[] HOUR_WEIGHTS = {2, 1.5, 1, 0.6, 0.4, 0.3, 0.4, 0.8, 1.5, 1, 1, 1.2, 1.6, 1.6,
        1.8, 3.5, 4.5, 5, 5.5, 6, 6, 5.5, 4.5, 3};

    private final CityCalendar calendar;
    private final SplittableRandom random;

    IncidentArrivals(CityCalendar calendar, SplittableRandom random) {
        this.calendar = calendar;
        this.random = random;
    }

    /** A minute of the history for a background incident: a day by season and weekday, then a time. */
    int backgroundMinute() {
        while (true) {
            int day = random.nextInt(calendar.days);
            long epochDay = calendar.startDay + day;
            int dayOfYear = calendar.date(epochDay).getDayOfYear();
            double w = (1 + 0.2 * Math.sin(2 * Math.PI * (dayOfYear - 100) / 365.0))
                    * (CityCalendar.isWeekend(epochDay) ? 1.15 : 1.0);
            if (random.nextDouble() * 1.4 < w) {
                return day * DAY + timeOfDay();
            }
        }
    }

    /** A minute of the day, drawn by the hour's weight. */
    int timeOfDay() {
        return Draw.weighted(random, HOUR_WEIGHTS) * 60 + random.nextInt(60);
    }
}
