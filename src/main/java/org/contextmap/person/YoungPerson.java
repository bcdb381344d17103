package org.contextmap.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A child or young person (docs/domain-model.md). Flags are free words agreed locally (for example
 * {@code CCE}, {@code CSE}, {@code MISSING}); they describe a risk of harm to the child, not a
 * judgement of them.
 *
 * @param schoolId the school ({@code Location} of type SCHOOL) the child attends, if known
 * @param familyId the family the child belongs to; siblings share it, and with it the family history
 * @param inCare   looked after by the local authority; {@code null} when not recorded
 * @param send     has special educational needs or a disability; {@code null} when not recorded
 */
public record YoungPerson(
        String id,
        String name,
        LocalDate dateOfBirth,
        String gender,
        String ethnicity,
        String homeArea,
        String schoolId,
        String familyId,
        Boolean inCare,
        Boolean send,
        List<String> flags,
        SocialCareStatus socialCareStatus,
        String leadProfessional) {

    public YoungPerson {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** Age in whole years on the given day, or {@code null} when the date of birth is unknown. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }
}
