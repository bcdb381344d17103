package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.alerts;
import static org.contextmap.alert.Cases.assault;
import static org.contextmap.alert.Cases.child;
import static org.contextmap.alert.Cases.education;
import static org.contextmap.alert.Cases.victim;

import java.time.LocalDate;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.junit.jupiter.api.Test;

/**
 * PLAN_NOT_REVIEWED and CRITICAL_MOMENT on small case books: a plan past its review date or with an
 * action more than ten working days overdue; an exclusion, an arrest or an injury with no version
 * of the plan within five working days.
 */
class PlanRulesTest {

    /** Written on Monday 2 November 2026, to be reviewed on Monday 30 November. */
    private static final LocalDate WRITTEN = LocalDate.of(2026, 11, 2);
    private static final LocalDate REVIEW = LocalDate.of(2026, 11, 30);

    private static CaseBook withPlan() {
        return new CaseBook().person(child("A", "Amira"))
                .plan("A", new CaseBook.PlanVersion("P1", 1, WRITTEN, REVIEW, "Keep Amira safe"));
    }

    @Test
    void aPlanPastItsReviewDate() {
        assertThat(alerts(withPlan(), REVIEW, AlertCode.PLAN_NOT_REVIEWED)).as("on the day").isEmpty();
        assertThat(alerts(withPlan(), REVIEW.plusDays(1), AlertCode.PLAN_NOT_REVIEWED)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(REVIEW.plusDays(1));
                    assertThat(alert.reason()).isEqualTo("The safety plan for Amira (\"Keep Amira safe\") was due for "
                            + "review on 30 November 2026 and has not been reviewed.");
                    assertThat(alert.facts()).extracting(Fact::kind).containsExactly("plan");
                });
        CaseBook reviewed = withPlan().plan("A", new CaseBook.PlanVersion("P1", 2, REVIEW, REVIEW.plusWeeks(6),
                "Keep Amira safe"));
        assertThat(alerts(reviewed, REVIEW.plusDays(3), AlertCode.PLAN_NOT_REVIEWED)).as("a new version")
                .isEmpty();
    }

    @Test
    void anActionOverdueByMoreThanTenWorkingDays() {
        // due Friday 6 November; ten working days later is Friday 20 November
        CaseBook book = new CaseBook().person(child("A", "Amira"))
                .plan("A", new CaseBook.PlanVersion("P1", 1, WRITTEN, LocalDate.of(2027, 1, 4), "Keep Amira safe"))
                .planAction("A", new CaseBook.PlanAction("P1", "Safe route to school", LocalDate.of(2026, 11, 6),
                        true));
        assertThat(alerts(book, LocalDate.of(2026, 11, 20), AlertCode.PLAN_NOT_REVIEWED)).isEmpty();
        assertThat(alerts(book, LocalDate.of(2026, 11, 23), AlertCode.PLAN_NOT_REVIEWED)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
                    assertThat(alert.reason()).contains("has an action overdue by 11 working days "
                            + "(\"Safe route to school\", due 6 November 2026)");
                });
        CaseBook done = new CaseBook().person(child("A", "Amira"))
                .plan("A", new CaseBook.PlanVersion("P1", 1, WRITTEN, LocalDate.of(2027, 1, 4), "Keep Amira safe"))
                .planAction("A", new CaseBook.PlanAction("P1", "Safe route to school", LocalDate.of(2026, 11, 6),
                        false));
        assertThat(alerts(done, LocalDate.of(2026, 12, 1), AlertCode.PLAN_NOT_REVIEWED)).as("done").isEmpty();
    }

    @Test
    void anExclusionAnArrestOrAnInjuryWithoutAReview() {
        LocalDate excluded = LocalDate.of(2026, 11, 9); // a Monday: five working days later is Monday 16th
        CaseBook book = withPlan().education(education("A", excluded, EducationEventKind.SUSPENSION));
        assertThat(alerts(book, LocalDate.of(2026, 11, 16), AlertCode.CRITICAL_MOMENT)).isEmpty();
        assertThat(alerts(book, LocalDate.of(2026, 11, 17), AlertCode.CRITICAL_MOMENT)).singleElement()
                .satisfies(alert -> assertThat(alert.reason()).isEqualTo("Amira has a safety plan, and after a "
                        + "suspension from school on 9 November 2026 it was not reviewed within 5 working days "
                        + "(by 16 November 2026)."));
        CaseBook reviewed = withPlan().education(education("A", excluded, EducationEventKind.SUSPENSION))
                .plan("A", new CaseBook.PlanVersion("P1", 2, excluded.plusDays(2), REVIEW, "Keep Amira safe"));
        assertThat(alerts(reviewed, LocalDate.of(2026, 11, 20), AlertCode.CRITICAL_MOMENT)).isEmpty();

        CaseBook arrested = withPlan().incident(Cases.incident("I2", excluded, IncidentType.ROBBERY, Severity.MODERATE,
                Weapon.NONE, Agency.POLICE), Map.of("A", Role.SUSPECT));
        assertThat(alerts(arrested, LocalDate.of(2026, 11, 20), AlertCode.CRITICAL_MOMENT)).singleElement()
                .satisfies(alert -> assertThat(alert.reason()).contains("after an arrest (recorded by the police as "
                        + "a suspect in a robbery) on 9 November 2026"));
        CaseBook injured = withPlan().incident(assault("I3", excluded, Severity.SERIOUS), victim("A"));
        assertThat(alerts(injured, LocalDate.of(2026, 11, 20), AlertCode.CRITICAL_MOMENT)).singleElement()
                .satisfies(alert -> assertThat(alert.reason()).contains("after an injury (assault)"));
    }

    @Test
    void notForAChildWithoutAPlanNorForAMinorHarm() {
        LocalDate day = LocalDate.of(2026, 11, 9);
        CaseBook noPlan = new CaseBook().person(child("A", "Amira"))
                .education(education("A", day, EducationEventKind.PERMANENT_EXCLUSION));
        assertThat(alerts(noPlan, day.plusDays(30), AlertCode.CRITICAL_MOMENT)).isEmpty();
        CaseBook minor = withPlan().incident(assault("I3", day, Severity.LOW), victim("A"))
                .education(education("A", day, EducationEventKind.PERSISTENT_ABSENCE));
        assertThat(alerts(minor, day.plusDays(30), AlertCode.CRITICAL_MOMENT)).isEmpty();
    }
}
