package org.contextmap.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Provenance;
import org.contextmap.base.RetentionSettings;
import org.junit.jupiter.api.Test;

/** An association not re-confirmed within two years stays on the record, saying that it no longer counts. */
class AssociationTest {

    private static final RetentionSettings RETENTION = RetentionSettings.DEFAULTS;
    private static final LocalDate DAY = LocalDate.of(2026, 9, 15);

    private static Association recorded(LocalDate since, LocalDate confirmedOn) {
        return new Association("G1", "Northgate Estate group", "Northgate",
                new Provenance(Agency.POLICE, Confidence.PROBABLE, since, null), confirmedOn, true, null);
    }

    @Test
    void countsForTwoYearsAfterItWasRecordedOrLastReconfirmed() {
        // recorded 2024-09-15: counts up to and including 2026-09-15
        assertThat(recorded(LocalDate.of(2024, 9, 15), null).on(DAY, RETENTION).counting()).isTrue();
        assertThat(recorded(LocalDate.of(2024, 9, 14), null).on(DAY, RETENTION).counting()).isFalse();
        // recorded in 2023, re-confirmed in March 2026
        Association reconfirmed = recorded(LocalDate.of(2023, 6, 1), LocalDate.of(2026, 3, 1)).on(DAY, RETENTION);
        assertThat(reconfirmed.counting()).isTrue();
        assertThat(reconfirmed.note()).isNull();
    }

    @Test
    void aStaleOneSaysSinceWhen() {
        Association stale = recorded(LocalDate.of(2023, 6, 1), null).on(DAY, RETENTION);
        assertThat(stale.counting()).isFalse();
        assertThat(stale.note()).isEqualTo("Not re-confirmed since 1 June 2023: kept as history, no longer counted "
                + "in scores or alerts.");
        assertThat(recorded(null, null).on(DAY, RETENTION).note()).startsWith("No date recorded");
    }
}
