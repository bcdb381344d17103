package org.contextmap.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.contextmap.base.WorkingDays;

/**
 * The two years of history that end on the spec's end date, and the date arithmetic the
 * practice rules use (working days). Dates and times are cached so that millions of facts share
 * a few thousand date objects.
 */
final class CityCalendar {

    static final int MINUTES_PER_DAY = 24 * 60;

    final LocalDate end;
    final LocalDate start;
    /** Epoch days of the first and the last day of the history. */
    final long startDay;
    final long endDay;
    /** Number of days in the history, both ends included. */
    final int days;

    private final long cacheBase;
    private final LocalDate[] dates;
    private final LocalTime[] times = new LocalTime[MINUTES_PER_DAY];

    CityCalendar(LocalDate end) {
        this.end = end;
        this.start = end.minusYears(2).plusDays(1);
        this.startDay = start.toEpochDay();
        this.endDay = end.toEpochDay();
        this.days = (int) (endDay - startDay + 1);
        this.cacheBase = end.minusYears(40).toEpochDay();
        this.dates = new LocalDate[(int) (endDay + 400 - cacheBase)];
    }

    /** The date of an epoch day, shared between all facts that fall on it. */
    LocalDate date(long epochDay) {
        long i = epochDay - cacheBase;
        if (i < 0 || i >= dates.length) {
            return LocalDate.ofEpochDay(epochDay);
        }
        LocalDate d = dates[(int) i];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            dates[(int) i] = d;
        }
        return d;
    }

    /** The date-time of a minute counted from the start of the history (minute precision). */
    LocalDateTime dateTime(int minute) {
        int m = minute % MINUTES_PER_DAY;
        LocalTime t = times[m];
        if (t == null) {
            t = LocalTime.of(m / 60, m % 60);
            times[m] = t;
        }
        return LocalDateTime.of(date(startDay + minute / MINUTES_PER_DAY), t);
    }

    /** Epoch day of a minute counted from the start of the history. */
    long dayOf(int minute) {
        return startDay + minute / MINUTES_PER_DAY;
    }

    /** 0 = Monday … 6 = Sunday. */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7);
    }

    static boolean isWeekend(long epochDay) {
        return dayOfWeek(epochDay) >= 5;
    }

    /** The day {@code n} working days after {@code epochDay}; 0 gives the day itself or the next working day. */
    static long addWorkingDays(long epochDay, int n) {
        long d = epochDay;
        while (isWeekend(d)) {
            d++;
        }
        for (int i = 0; i < n; i++) {
            d++;
            while (isWeekend(d)) {
                d++;
            }
        }
        return d;
    }

    /** True in English school terms (roughly: no August, no Christmas or Easter fortnight). */
    boolean isSchoolDay(long epochDay) {
        if (isWeekend(epochDay)) {
            return false;
        }
        LocalDate d = date(epochDay);
        int month = d.getMonthValue();
        int dom = d.getDayOfMonth();
        if (month == 8 || (month == 7 && dom > 22) || (month == 9 && dom < 4)) {
            return false;
        }
        if ((month == 12 && dom > 20) || (month == 1 && dom < 4)) {
            return false;
        }
        return !(month == 4 && dom < 15);
    }
}
