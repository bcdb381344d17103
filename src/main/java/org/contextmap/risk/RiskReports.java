package org.contextmap.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Trend;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.risk.model.RiskBand;

/** What the retaliation-risk endpoints return. */
public final class RiskReports {

    private RiskReports() {
    }

    /**
     * One young person's retaliation risk with the reasons for it, largest first.
     *
     * @param probability  of being harmed within the outlook (null: too little history to say)
     * @param timesAverage the probability over the city's average
     * @param outlook      both in a sentence: "About 1 in 12 over the next three months; about 4 times …"
     * @param explanation  the score in a few lines a practitioner recognises (see {@link Line})
     * @param contributions every route, largest first, up to the limit; with {@code others} they add
     *                     up to the score
     * @param model        where the model's parameters come from
     */
    public record PersonRisk(String personId, String name, LocalDate asOf, double score, RiskBand band,
            String bandLabel, Double probability, Double timesAverage, String outlook, Explanation explanation,
            List<Reason> contributions, Others others, String advice, String model) {
    }

    /**
     * The score gathered into lines, largest first, and what is left.
     *
     * @param othersShare the share of the score in the lines not shown
     */
    public record Explanation(List<Line> lines, int otherLines, double othersWeight, double othersShare) {
    }

    /**
     * One line of an explanation: a recognisable thing (the child's own harm, a group tension, a
     * person they know, a group they are associated with) and its share of the score.
     *
     * @param kind        OWN_HARM, OWN_SUSPICION, GROUP_TENSION, SHARED_GROUP or CLOSE_TIE
     * @param incidentIds the incidents behind it, largest first (at most ten)
     */
    public record Line(String kind, String text, double weight, double share, int incidents,
            List<String> incidentIds) {
    }

    /** The smaller contributions not listed: how many, and their weight together. */
    public record Others(int count, double weight) {
    }

    /**
     * One incident's part in a score.
     *
     * @param incident  the incident in plain words: type, severity, weapon
     * @param source    the agency that recorded it
     * @param role      the role of the young person the exposure starts from (Victim or Suspect)
     * @param path      from that young person to the one scored, with the kind of each tie
     * @param viaGroup  the peer group shared with a suspect, when that is the link
     * @param reason    the whole of it in a sentence
     * @param factors   reach × (harm × decay × conflict + chronic) = weight
     */
    public record Reason(String incidentId, LocalDate date, String incident, String source, String role,
            List<PathStep> path,
            String viaGroup, String reason, double weight, Factors factors) {
    }

    /**
     * A young person on a path, and how they know the one before them ("Friend", "Sibling; Co-offender"),
     * who recorded that tie and how confident they were.
     */
    public record PathStep(String personId, String name, String tie, String recordedBy, String confidence) {
    }

    /** The factors of a contribution's weight: reach × (harm × decay × conflict + chronic). */
    public record Factors(double harm, double decay, double reach, double conflict, double chronic,
            boolean repeatVictimisation) {
    }

    /**
     * Everyone with a score ranked, highest first, one page at a time.
     *
     * @param total    the young people on the ranking ({@code scored}); pages hold {@code size} each
     * @param baseRate the city's average probability of harm within the outlook (null: not calibrated)
     * @param bands    how many young people are in each band on the day
     * @param behind   null, or a sentence saying the list is from before the latest import and is
     *                 being brought up to date (only while it is, and only for today)
     */
    public record Ranking(LocalDate asOf, int people, int scored, int page, int size, int total,
            int outlookDays, Double baseRate, Map<RiskBand, Integer> bands, String model, List<RankedPerson> ranked,
            String behind) {
    }

    /** A place in the ranking, with the probability and the top lines of the explanation. */
    public record RankedPerson(int rank, String personId, String name, double score, RiskBand band,
            String bandLabel, Double probability, Double timesAverage, String outlook, List<Line> topReasons) {
    }

    /**
     * Group pairs ranked by conflict intensity on a day; {@code behind} as in {@link Ranking}: today's
     * pairs from before the latest import while it is being worked into the model.
     */
    public record Tensions(LocalDate asOf, int periodDays, int page, int size, int total, List<Tension> pairs,
            String behind) {
    }

    /**
     * The harm between two groups' associates.
     *
     * @param relation    how the pair is recorded on the day: "In conflict", "Allied", or "No recorded relation"
     * @param aToB        decayed harm done to B's associates by suspects associated with A
     * @param reciprocity 0 when the harm is one way, 1 when equal both ways
     * @param current     harm in the last period, undecayed; {@code previous} the period before
     */
    public record Tension(String groupA, String groupAName, String groupB, String groupBName, GroupLink recorded,
            String relation, double intensity, double aToB, double bToA, double reciprocity, double current,
            double previous, Trend trend, int incidentCount, List<TensionIncident> incidents) {
    }

    /** An incident between the two groups' associates: which group's associates were suspects, which harmed. */
    public record TensionIncident(String incidentId, LocalDate date, String incident, String suspectsGroup,
            String victimsGroup, double weight) {
    }

    /** A young person as a picture of the network marks them: score, band, and whether they were harmed. */
    public record Marker(double score, RiskBand band, String bandLabel, boolean victim) {
    }

    /** What a ranked list can be filtered by: home areas, schools and peer groups, each by name. */
    public record Choices(List<Choice> areas, List<Choice> schools, List<Choice> groups) {
    }

    /** A thing to filter by: its id for the address, its name for people. */
    public record Choice(String id, String name) {
    }

    /**
     * The harm between one group's associates and each other group's, month by month, for a chart.
     *
     * @param months the months, oldest first, the last one {@code asOf}'s (so far)
     * @param lines  one per other group, most harm first
     * @param behind as in {@link Ranking}
     */
    public record TensionTrend(String groupId, LocalDate asOf, List<YearMonth> months, List<TrendLine> lines,
            String behind) {
    }

    /**
     * The harm with one other group in each month.
     *
     * @param relation  how the pair is recorded today, in words ("In conflict", "Allied", "No recorded relation")
     * @param harm      the harm in each month, undecayed, by the incidents' harm weights
     * @param incidents how many incidents between their associates in the months
     */
    public record TrendLine(String groupId, String name, String relation, List<Double> harm, int incidents) {
    }
}
