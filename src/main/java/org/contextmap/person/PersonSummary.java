package org.contextmap.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** One row of the people list: enough to recognise a child and see their status at a glance. */
public record PersonSummary(
        String id,
        String name,
        LocalDate dateOfBirth,
        String homeArea,
        String schoolName,
        SocialCareStatus socialCareStatus,
        List<String> flags,
        long incidentsAsVictim) {

    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }
}
