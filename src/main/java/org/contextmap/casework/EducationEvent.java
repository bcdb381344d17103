package org.contextmap.casework;

import java.time.LocalDate;
import org.contextmap.base.CompositeKey;

/**
 * A suspension, exclusion, managed move or absence. The reviews read these as warning signs for
 * the child and for their brothers and sisters.
 *
 * @param schoolId the school concerned; may be absent for a child missing education
 * @param days     length in school days, where it applies
 */
public record EducationEvent(String personId, String schoolId, LocalDate date, EducationEventKind kind, Integer days) {

    /** A stable identity, so that importing the same event twice records it once. */
    public String key() {
        return CompositeKey.of(personId, String.valueOf(date), kind.name(), schoolId);
    }
}
