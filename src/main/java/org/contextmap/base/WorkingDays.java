package org.contextmap.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. The reviews' time
 * limits ("a strategy discussion within three working days", "the outcome back to the referrer
 * within two working days") are counted this way, so that a Friday-night stabbing before a bank
 * holiday Monday is not flagged on Tuesday morning.
 *
 * <p>Bank holidays follow the Banking and Financial Dealings Act 1971 and the royal
 * proclamations since: New Year's Day, Good Friday, Easter Monday, the early May and spring bank
 * holidays, the summer bank holiday, Christmas Day and Boxing Day, with substitute days when they
 * fall at a weekend, the moved holidays of 1995, 2002, 2012, 2020 and 2022, and the one-off days
 * of 2002, 2011, 2012, 2022 and 2023. Easter is computed (Gregorian computus), so any year works.
 */
public final class WorkingDays {

    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    public static boolean isBankHoliday(LocalDate day) {
        return HOLIDAYS.computeIfAbsent(day.getYear(), WorkingDays::bankHolidays).contains(day);
    }

    /** The day {@code count} working days after {@code start} (the start itself does not count). */
    public static LocalDate plus(LocalDate start, int count) {
        LocalDate day = start;
        int added = 0;
        while (added < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    /**
     * How many working days come after {@code start} up to and including {@code end}: 0 when
     * {@code end} is not after {@code start}. An action due on a Friday is one working day overdue
     * on the Monday.
     */
    public static int between(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Bank holidays in England and Wales in a year. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(earlyMay(year));
        days.add(spring(year));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> {
                days.add(christmas);
                days.add(christmas.plusDays(3));
            }
            case SATURDAY -> {
                days.add(christmas.plusDays(2));
                days.add(christmas.plusDays(3));
            }
            case SUNDAY -> {
                days.add(christmas.plusDays(1));
                days.add(christmas.plusDays(2));
            }
            default -> {
                days.add(christmas);
                days.add(christmas.plusDays(1));
            }
        }
        switch (year) {
            case 2002 -> days.add(LocalDate.of(2002, 6, 3)); // Golden Jubilee
            case 2011 -> days.add(LocalDate.of(2011, 4, 29)); // royal wedding
            case 2012 -> days.add(LocalDate.of(2012, 6, 5)); // Diamond Jubilee
            case 2022 -> {
                days.add(LocalDate.of(2022, 6, 3)); // Platinum Jubilee
                days.add(LocalDate.of(2022, 9, 19)); // state funeral of Queen Elizabeth II
            }
            case 2023 -> days.add(LocalDate.of(2023, 5, 8)); // coronation of King Charles III
            default -> {
            }
        }
        return Set.copyOf(days);
    }

    private static LocalDate earlyMay(int year) {
        return switch (year) {
            case 1995 -> LocalDate.of(1995, 5, 8);
            case 2020 -> LocalDate.of(2020, 5, 8);
            default -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        };
    }

    private static LocalDate spring(int year) {
        return switch (year) {
            case 2002 -> LocalDate.of(2002, 6, 4);
            case 2012 -> LocalDate.of(2012, 6, 4);
            case 2022 -> LocalDate.of(2022, 6, 2);
            default -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        };
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the "anonymous" computus of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
