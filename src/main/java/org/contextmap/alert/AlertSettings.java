package org.contextmap.alert;

import java.time.LocalDate;
import org.contextmap.base.WorkingDays;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the rules ({@code contextmap.alerts.*}), with the defaults of docs/practice-rules.md.
 *
 * @param strategyDiscussionWorkingDays  a strategy discussion is due within this many working days of serious harm
 * @param cumulativeHarmMonths           serious harm this many months apart or less is cumulative
 * @param referralWindowDays             referrals from different agencies this close together should be joined up
 * @param outcomeToReferrerWorkingDays   the referrer should hear the outcome within this many working days
 * @param repeatReferrals                this many referrals ending in no further action or early help …
 * @param repeatReferralMonths           … within this many months need a second look
 * @param openRiskDays                   an incident this recent is an open risk
 * @param agenciesForReview              this many agencies active at once …
 * @param reviewWeeks                    … with no multi-agency review in this many weeks
 * @param knifeReferralDays              a health-seen knife injury needs a referral within this many days
 * @param retaliationWindowDays          how long after a serious incident between groups in conflict the window lasts
 * @param educationMonths                education events this recent count
 * @param lookbackMonths                 a missed response (strategy discussion, assessment, referral, outcome
 *                                       to the referrer) is an open alert for this long after its trigger
 * @param highestReferralLevel           the highest threshold level of the local levels of need (the number
 *                                       in a referral's level: "Level 4" is 4)
 * @param planActionOverdueWorkingDays   a plan's action overdue by more than this many working days needs its review
 * @param criticalMomentWorkingDays      a plan is reviewed within this many working days of a critical moment
 * @param specialistContactWeeks         a specialist service sees the young person within this many weeks of
 *                                       the referral
 * @param relationalSupportWeeks         youth work or mentoring that ends sooner than this, while the risk is
 *                                       still high, ended too soon
 */
@ConfigurationProperties("contextmap.alerts")
public record AlertSettings(Integer strategyDiscussionWorkingDays, Integer cumulativeHarmMonths,
        Integer referralWindowDays, Integer outcomeToReferrerWorkingDays, Integer repeatReferrals,
        Integer repeatReferralMonths, Integer openRiskDays, Integer agenciesForReview, Integer reviewWeeks,
        Integer knifeReferralDays, Integer retaliationWindowDays, Integer educationMonths, Integer lookbackMonths,
        Integer highestReferralLevel, Integer planActionOverdueWorkingDays, Integer criticalMomentWorkingDays,
        Integer specialistContactWeeks, Integer relationalSupportWeeks) {

    public static final AlertSettings DEFAULTS = new AlertSettings(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    public AlertSettings {
        strategyDiscussionWorkingDays = or(strategyDiscussionWorkingDays, 3);
        cumulativeHarmMonths = or(cumulativeHarmMonths, 12);
        referralWindowDays = or(referralWindowDays, 90);
        outcomeToReferrerWorkingDays = or(outcomeToReferrerWorkingDays, 2);
        repeatReferrals = or(repeatReferrals, 3);
        repeatReferralMonths = or(repeatReferralMonths, 12);
        openRiskDays = or(openRiskDays, 90);
        agenciesForReview = or(agenciesForReview, 4);
        reviewWeeks = or(reviewWeeks, 12);
        knifeReferralDays = or(knifeReferralDays, 1);
        retaliationWindowDays = or(retaliationWindowDays, 90);
        educationMonths = or(educationMonths, 12);
        lookbackMonths = or(lookbackMonths, 12);
        highestReferralLevel = or(highestReferralLevel, 4);
        planActionOverdueWorkingDays = or(planActionOverdueWorkingDays, 10);
        criticalMomentWorkingDays = or(criticalMomentWorkingDays, 5);
        specialistContactWeeks = or(specialistContactWeeks, 4);
        relationalSupportWeeks = or(relationalSupportWeeks, 12);
    }

    /** Whether a trigger on {@code day} is recent enough, on {@code asOf}, to be an open alert. */
    public boolean recent(LocalDate day, LocalDate asOf) {
        return !day.isBefore(asOf.minusMonths(lookbackMonths));
    }

    private static Integer or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
