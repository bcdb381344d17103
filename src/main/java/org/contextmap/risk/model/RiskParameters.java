package org.contextmap.risk.model;

import java.util.Map;
import org.contextmap.incident.HarmWeights;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The parameters of the retaliation-risk model ({@code contextmap.risk.*}), each with a default
 * from the literature. The {@code --risk-fit} command estimates the decay and the distance
 * weights from the local history; a partnership that trusts its fit sets them here.
 *
 * @param decayDays        mean lag of the exponential decay: an incident's weight is
 *                         {@code exp(-days since / decayDays)}. Default 125: victims were shot on
 *                         average 125 days after their "infector" (Green, Horel &amp; Papachristos
 *                         2017, JAMA Internal Medicine)
 * @param distanceFactor   the weight kept per step of network distance. Default 0.43: each step
 *                         from a victim multiplies the odds of being shot by about 0.43
 *                         (Papachristos &amp; Wildeman 2014)
 * @param maxHops          how many ties an incident reaches: 0, 1 or 2 (default 2; a third step would
 *                         keep 0.43³ ≈ 8% of the weight)
 * @param groupFactor      the weight of each peer group shared with a suspect, a route of its own
 *                         beside the ties — counted like one step (default 0.43)
 * @param conflictFactor   the multiplier when a victim and a suspect are associated with groups
 *                         recorded as in conflict: retaliation and "inertia" between established
 *                         rivals (Gravel et al. 2023; Papachristos 2009). Default 2
 * @param victimWeight     weight of the victim's side: further victimisation, being drawn into
 *                         retaliation (default 1)
 * @param suspectWeight    weight of the suspects' side: being targeted in retaliation (default 1)
 * @param repeatWindowDays a victim harmed again within this many days of an earlier harm (default
 *                         300: two assaults in ten months, Bristol Rapid Review No.7) ...
 * @param repeatFactor     ... has that victim's own weight multiplied by this (default 1.5)
 * @param persistence      what each of a young person's own involvements as a victim or suspect within
 *                         the horizon adds, undecayed: a person-specific background rate, since
 *                         vulnerability to repeat victimisation lasts well beyond the weeks of
 *                         retaliation (Farrell &amp; Pease 1993, "Once bitten, twice bitten") and
 *                         victims and offenders overlap (Jennings, Piquero &amp; Reingle 2012, "On the
 *                         overlap between victimization and offending", AVB 17(1)); the long-term background plus
 *                         short-term self-excitation of Mohler (2014), "Marked point process hotspot
 *                         maps for homicide and gun crime prediction in Chicago", IJF 30(3).
 *                         Default 0.1
 * @param horizonDays      incidents older than this are ignored (default 730: two years)
 * @param highRelativeRisk   the band is HIGH when the probability of being harmed within
 *                         {@code outlookDays} is at least this many times the city's average
 *                         (default 4: on the demo city's back-test the children so placed were
 *                         harmed at 4.2 times the average rate, about 2% of the city; see
 *                         docs/risk-model.md)
 * @param mediumRelativeRisk ... MEDIUM when at least this many times (default 2); below it LOW, and
 *                         NONE when no harm within the horizon reaches the child at all
 * @param outlookDays      the period the probability is about: harmed within so many days after the
 *                         day (default 90), calibrated on the back-test's cuts ({@link Calibration})
 * @param typeWeights      which incident types count as harm, and their weight
 * @param severityWeights  weight by severity
 * @param weaponWeights    multiplier by weapon (the three default to {@link HarmWeights#DEFAULTS})
 * @param tensionPeriodDays the period of the group-tension trend: the last so many days against the
 *                         ones before (default 90)
 */
@ConfigurationProperties("contextmap.risk")
public record RiskParameters(Double decayDays, Double distanceFactor, Integer maxHops, Double groupFactor,
        Double conflictFactor, Double victimWeight, Double suspectWeight, Integer repeatWindowDays,
        Double repeatFactor, Double persistence, Integer horizonDays, Double highRelativeRisk, Double mediumRelativeRisk, Integer outlookDays,
        Map<IncidentType, Double> typeWeights, Map<Severity, Double> severityWeights,
        Map<Weapon, Double> weaponWeights, Integer tensionPeriodDays) {

    /** The defaults of the literature, as documented above. */
    public static final RiskParameters DEFAULTS = new RiskParameters(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    public RiskParameters {
        decayDays = positive("decay-days", decayDays, 125.0);
        distanceFactor = fraction("distance-factor", distanceFactor, 0.43);
        maxHops = maxHops == null ? 2 : maxHops;
        if (maxHops < 0 || maxHops > 2) {
            throw new IllegalArgumentException("contextmap.risk.max-hops must be 0, 1 or 2, not " + maxHops);
        }
        groupFactor = fraction("group-factor", groupFactor, 0.43);
        conflictFactor = positive("conflict-factor", conflictFactor, 2.0);
        victimWeight = positive("victim-weight", victimWeight, 1.0);
        suspectWeight = positive("suspect-weight", suspectWeight, 1.0);
        repeatWindowDays = repeatWindowDays == null ? 300 : repeatWindowDays;
        repeatFactor = positive("repeat-factor", repeatFactor, 1.5);
        persistence = persistence == null ? 0.1 : persistence;
        if (persistence < 0) {
            throw new IllegalArgumentException("contextmap.risk.persistence must not be negative, not " + persistence);
        }
        horizonDays = horizonDays == null ? 730 : horizonDays;
        highRelativeRisk = positive("high-relative-risk", highRelativeRisk, 4.0);
        mediumRelativeRisk = positive("medium-relative-risk", mediumRelativeRisk, 2.0);
        if (!(mediumRelativeRisk <= highRelativeRisk)) {
            throw new IllegalArgumentException(
                    "contextmap.risk.medium-relative-risk must not be above contextmap.risk.high-relative-risk");
        }
        outlookDays = outlookDays == null ? 90 : outlookDays;
        if (outlookDays < 1) {
            throw new IllegalArgumentException("contextmap.risk.outlook-days must be at least 1, not " + outlookDays);
        }
        HarmWeights weights = HarmWeights.of(typeWeights, severityWeights, weaponWeights);
        typeWeights = weights.types();
        severityWeights = weights.severities();
        weaponWeights = weights.weapons();
        tensionPeriodDays = tensionPeriodDays == null ? 90 : tensionPeriodDays;
    }

    /** The same parameters with a fitted decay, distance and group factors, suspect weight and persistence. */
    public RiskParameters withFit(double decay, double distance, double group, double suspect, double chronic) {
        return new RiskParameters(decay, distance, maxHops, group, conflictFactor, victimWeight, suspect,
                repeatWindowDays, repeatFactor, chronic, horizonDays, highRelativeRisk, mediumRelativeRisk, outlookDays, typeWeights,
                severityWeights, weaponWeights, tensionPeriodDays);
    }

    /** The harm weights: type × severity × weapon. */
    public HarmWeights harmWeights() {
        return new HarmWeights(typeWeights, severityWeights, weaponWeights);
    }

    /** The harm of an incident: type × severity × weapon weight ({@link HarmWeights}), 0 when its type does not count. */
    public double harm(IncidentType type, Severity severity, Weapon weapon) {
        return harmWeights().harm(type, severity, weapon);
    }

    /** The weight left after {@code days} days. */
    public double decay(double days) {
        return Math.exp(-days / decayDays);
    }

    /**
     * The band of a score whose probability is {@code timesAverage} times the city's average
     * ({@code null}: no calibration yet, too little history). A child whom no harm reaches has
     * score 0 and is NONE whatever the probability of their score.
     */
    public RiskBand band(double score, Double timesAverage) {
        if (!(score > 0)) {
            return RiskBand.NONE;
        }
        if (timesAverage == null) {
            return RiskBand.LOW;
        }
        return timesAverage >= highRelativeRisk ? RiskBand.HIGH
                : timesAverage >= mediumRelativeRisk ? RiskBand.MEDIUM : RiskBand.LOW;
    }

    private static double positive(String name, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!(v > 0)) {
            throw new IllegalArgumentException("contextmap.risk." + name + " must be positive, not " + v);
        }
        return v;
    }

    private static double fraction(String name, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("contextmap.risk." + name + " must be between 0 and 1, not " + v);
        }
        return v;
    }
}
