package org.contextmap.person.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.contextmap.base.Labelled;
import org.contextmap.base.Provenance;

/** Plain words for codes and dates, so that nobody has to know what {@code CCE} stands for. */
final class Words {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private static final Map<String, String> FLAGS = Map.of(
            "CCE", "Child criminal exploitation",
            "CSE", "Child sexual exploitation",
            "MISSING", "Missing episodes",
            "KNIFE", "Knife carrying concern",
            "SELF_HARM", "Self-harm");

    private Words() {
    }

    static String flag(String code) {
        return FLAGS.getOrDefault(code, code);
    }

    static String day(LocalDate date) {
        return date == null ? "date not recorded" : DAY.format(date);
    }

    static String label(Labelled value, String whenAbsent) {
        return Labelled.of(value, whenAbsent);
    }

    /** "Police, probable, since 1 Jun 2025". */
    static String provenance(Provenance provenance) {
        return provenance.describe() + (provenance.since() == null ? "" : ", since " + day(provenance.since()));
    }
}
