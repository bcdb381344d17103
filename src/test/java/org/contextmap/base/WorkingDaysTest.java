package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void bankHolidaysOfEnglandAndWales() {
        // gov.uk/bank-holidays, England and Wales, 2026
        assertThat(WorkingDays.bankHolidays(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28));
        // 2022: the Platinum Jubilee moved the spring holiday and added one; the state funeral
        assertThat(WorkingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 9, 19), LocalDate.of(2022, 1, 3), LocalDate.of(2022, 12, 26),
                LocalDate.of(2022, 12, 27)).hasSize(10);
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.bankHolidays(2027)).contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @Test
    void countingSkipsWeekendsAndBankHolidays() {
        // Thursday 2 April 2026, before Good Friday and Easter Monday: Tue 7, Wed 8, Thu 9
        assertThat(WorkingDays.plus(LocalDate.of(2026, 4, 2), 3)).isEqualTo(LocalDate.of(2026, 4, 9));
        // Saturday: Mon, Tue, Wed
        assertThat(WorkingDays.plus(LocalDate.of(2026, 1, 10), 3)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    }
}
