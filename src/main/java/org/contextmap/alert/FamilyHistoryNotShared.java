package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.contextmap.person.YoungPerson;

/**
 * Family history recorded on one child and not visible on a sibling's (Herefordshire CSPR
 * learning point 2). ContextMap keeps family history on the family, so every child linked to the
 * family sees it: the failure can only happen when brothers and sisters are not linked to the
 * same family. This rule is that data-quality check — children recorded as siblings of each
 * other but not in one family.
 */
final class FamilyHistoryNotShared implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.FAMILY_HISTORY_NOT_SHARED;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (String sibling : book.recordedSiblings(person.id())) {
            YoungPerson other = book.person(sibling);
            if (other == null || person.familyId() != null && Objects.equals(person.familyId(), other.familyId())) {
                continue;
            }
            alerts.add(Alert.of(code(), person.id(), person.name(), asOf,
                    person.name() + " and " + book.name(sibling) + " are recorded as siblings but are not linked to "
                            + "the same family, so family history recorded for one does not show for the other.",
                    List.of(new Fact("relationship", pair(person.id(), sibling), null,
                            "Sibling of " + book.name(sibling)))));
        }
        return alerts;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
