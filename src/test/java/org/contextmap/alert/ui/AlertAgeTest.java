package org.contextmap.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertCode;
import org.junit.jupiter.api.Test;

/** An alert's age in words, and the periods the alerts list filters by. */
class AlertAgeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void ageInWords() {
        assertThat(AlertAge.words(TODAY, TODAY)).isEqualTo("today");
        assertThat(AlertAge.words(TODAY.minusDays(1), TODAY)).isEqualTo("1 day");
        assertThat(AlertAge.words(TODAY.minusDays(3), TODAY)).isEqualTo("3 days");
        assertThat(AlertAge.words(TODAY.minusDays(13), TODAY)).isEqualTo("13 days");
        assertThat(AlertAge.words(TODAY.minusDays(35), TODAY)).isEqualTo("5 weeks");
        assertThat(AlertAge.words(TODAY.minusDays(130), TODAY)).isEqualTo("4 months");
        assertThat(AlertAge.words(TODAY.minusYears(2), TODAY)).isEqualTo("2 years");
    }

    @Test
    void periodsFilterByWhenRaised() {
        List<Alert> alerts = List.of(raised(0), raised(7), raised(8), raised(30), raised(31), raised(400));
        assertThat(alerts.stream().filter(AlertAge.LAST_7_DAYS.on(TODAY)).map(a -> age(a))).containsExactly(0L, 7L);
        assertThat(alerts.stream().filter(AlertAge.LAST_30_DAYS.on(TODAY)).map(a -> age(a)))
                .containsExactly(0L, 7L, 8L, 30L);
        assertThat(alerts.stream().filter(AlertAge.OLDER_THAN_30_DAYS.on(TODAY)).map(a -> age(a)))
                .containsExactly(31L, 400L);
    }

    @Test
    void theCountSaysWhetherFiltersAreApplied() {
        assertThat(AlertsView.count(0, false)).isEqualTo("No alerts: nothing here needs a decision.");
        assertThat(AlertsView.count(0, true)).startsWith("No alerts match these filters.");
        assertThat(AlertsView.count(1, true)).isEqualTo("1 alert matches these filters.");
        assertThat(AlertsView.count(1234, false)).isEqualTo("1,234 alerts.");
    }

    private static long age(Alert alert) {
        return AlertAge.days(alert.raisedOn(), TODAY);
    }

    private static Alert raised(int daysAgo) {
        return Alert.of(AlertCode.CUMULATIVE_HARM, "YP" + daysAgo, "Child " + daysAgo, TODAY.minusDays(daysAgo),
                "Harmed twice", List.of());
    }
}
