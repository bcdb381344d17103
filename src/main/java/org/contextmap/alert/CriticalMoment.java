package org.contextmap.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.contextmap.base.Agency;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * A critical moment in the life of a young person who has a safety plan — an exclusion from
 * school, an arrest, a physical injury — and no version of the plan written within five working
 * days after it. The Young Person F review found that the moments that called for a robust
 * response (an exclusion, an arrest, an assault) passed without the plan changing.
 *
 * <p>The bundle has no arrests as such: being recorded by the police as a suspect is taken as the
 * nearest fact. An injury is being the victim of serious harm. Only a child who had a plan before
 * the moment is considered: without one, the other rules (a strategy discussion after serious harm)
 * apply.
 */
final class CriticalMoment implements Rule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<EducationEventKind> EXCLUSIONS = EnumSet.of(EducationEventKind.SUSPENSION,
            EducationEventKind.PERMANENT_EXCLUSION);

    @Override
    public AlertCode code() {
        return AlertCode.CRITICAL_MOMENT;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<CaseBook.PlanVersion> plans = book.plans(person.id(), asOf);
        if (plans.isEmpty()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (EducationEvent event : book.education(person.id(), asOf)) {
            if (event.kind() != null && EXCLUSIONS.contains(event.kind())) {
                moment(person, plans, event.date(), asOf, settings, "a " + event.kind().label()
                        .toLowerCase(Locale.UK) + " from school on " + event.date().format(DAY),
                        new Fact("education", event.key(), event.date(),
                                event.kind().label()), alerts);
            }
        }
        for (CaseBook.InvolvedIncident involved : book.incidents(person.id(), asOf)) {
            String what = involved.role() == Role.VICTIM && Harm.serious(involved.incident())
                    ? "an injury (" + involved.incident().type().label().toLowerCase(Locale.UK) + ") on "
                    : involved.role() == Role.SUSPECT && involved.incident().source() == Agency.POLICE
                            ? "an arrest (recorded by the police as a suspect in a "
                                    + involved.incident().type().label().toLowerCase(Locale.UK) + ") on " : null;
            if (what != null) {
                moment(person, plans, involved.date(), asOf, settings, what + involved.date().format(DAY),
                        Harm.fact(involved), alerts);
            }
        }
        return alerts;
    }

    private void moment(YoungPerson person, List<CaseBook.PlanVersion> plans, LocalDate day, LocalDate asOf,
            AlertSettings settings, String what, Fact fact, List<Alert> alerts) {
        LocalDate deadline = WorkingDays.plus(day, settings.criticalMomentWorkingDays());
        boolean hadPlan = plans.stream().anyMatch(v -> v.writtenOn().isBefore(day));
        boolean reviewed = plans.stream().anyMatch(v -> !v.writtenOn().isBefore(day) && !v.writtenOn()
                .isAfter(deadline));
        if (hadPlan && !reviewed && asOf.isAfter(deadline) && settings.recent(day, asOf)) {
            alerts.add(Alert.of(code(), person.id(), person.name(), deadline.plusDays(1), person.name()
                    + " has a safety plan, and after " + what + " it was not reviewed within "
                    + settings.criticalMomentWorkingDays() + " working days (by " + deadline.format(DAY) + ").",
                    List.of(fact)));
        }
    }
}
