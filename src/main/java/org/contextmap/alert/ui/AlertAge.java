package org.contextmap.alert.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import org.contextmap.alert.Alert;

/**
 * How long ago an alert was raised, in words a practitioner reads at a glance ("3 days", "5
 * weeks"), and the periods the alerts list can be filtered by: an alert left for weeks is the
 * pattern the case reviews warn about.
 */
enum AlertAge {
    LAST_7_DAYS("Raised in the last 7 days", 0, 7),
    LAST_30_DAYS("Raised in the last 30 days", 0, 30),
    OLDER_THAN_30_DAYS("Raised more than 30 days ago", 31, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int toDays;

    AlertAge(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    String label() {
        return label;
    }

    /** Keeps the alerts raised within this period before {@code today} (raised today is 0 days old). */
    Predicate<Alert> on(LocalDate today) {
        return alert -> {
            long days = days(alert.raisedOn(), today);
            return days >= fromDays && days <= toDays;
        };
    }

    static long days(LocalDate raisedOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(raisedOn, today));
    }

    /** "today", "1 day", "12 days", "5 weeks", "4 months", "2 years". */
    static String words(LocalDate raisedOn, LocalDate today) {
        long days = days(raisedOn, today);
        if (days == 0) {
            return "today";
        }
        if (days < 14) {
            return days == 1 ? "1 day" : days + " days";
        }
        if (days < 63) {
            return days / 7 + " weeks";
        }
        if (days < 365) {
            long months = days * 12 / 365;
            return months + " months";
        }
        long years = days / 365;
        return years == 1 ? "1 year" : years + " years";
    }
}
