package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.person.YoungPerson;

/**
 * Out of school, at risk outside it: a permanent exclusion, repeated suspensions, persistent or
 * severe absence, or missing education within twelve months — for the child, and as a risk
 * indicator for their brothers and sisters (Young Person F's brother had been excluded; KBSP
 * brief; cross-border CSPR).
 */
final class EducationExclusionRisk implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.EDUCATION_EXCLUSION_RISK;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        List<EducationEvent> own = signs(book, person.id(), asOf, settings);
        if (!own.isEmpty()) {
            alerts.add(Alert.of(code(), person.id(), person.name(), own.getLast().date(),
                    person.name() + " " + describe(own) + ".", facts(own)));
        }
        for (String sibling : book.familyMembers(person.id())) {
            List<EducationEvent> theirs = signs(book, sibling, asOf, settings);
            if (!theirs.isEmpty()) {
                alerts.add(Alert.of(code(), person.id(), person.name(), theirs.getLast().date(),
                        person.name() + "'s brother or sister " + book.name(sibling) + " " + describe(theirs)
                                + ": a risk indicator for " + person.name() + " too.", facts(theirs)));
            }
        }
        return alerts;
    }

    /** The events within the window that count, oldest first; empty when they do not add up to a sign. */
    private static List<EducationEvent> signs(CaseBook book, String personId, LocalDate asOf, AlertSettings settings) {
        LocalDate from = asOf.minusMonths(settings.educationMonths());
        List<EducationEvent> recent = book.education(personId, asOf).stream().filter(e -> !e.date().isBefore(from))
                .sorted(Comparator.comparing(EducationEvent::date)).toList();
        long suspensions = recent.stream().filter(e -> e.kind() == EducationEventKind.SUSPENSION).count();
        List<EducationEvent> counted = recent.stream().filter(e -> e.kind() != EducationEventKind.MANAGED_MOVE
                && (e.kind() != EducationEventKind.SUSPENSION || suspensions >= 2)).toList();
        return counted;
    }

    private static String describe(List<EducationEvent> events) {
        return "has " + String.join(", ", events.stream()
                .map(e -> e.kind().label().toLowerCase() + " (" + e.date() + ")").toList()) + " on record";
    }

    private static List<Fact> facts(List<EducationEvent> events) {
        return events.stream().map(e -> new Fact("education", e.key(), e.date(), e.kind().label())).toList();
    }
}
