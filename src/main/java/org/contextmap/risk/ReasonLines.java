package org.contextmap.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.contextmap.incident.Role;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.risk.model.Contribution;
import org.contextmap.risk.model.Outlook;
import org.contextmap.risk.model.ReasonLine;
import org.contextmap.risk.model.RiskParameters;
import org.springframework.stereotype.Component;

/**
 * The explanation of a score in a few sentences a practitioner recognises — "The stabbing at the
 * bus station on 20 October 2026 (victim: Amira Hassan, Yusuf's sibling)", "Group tension between
 * X and Y …", "Harmed 3 months ago …" — one per {@link ReasonLine}, each with its share of the
 * score; and the probability in words ("about 1 in 12 over the next three months").
 */
@Component
class ReasonLines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final HarmReader reader;
    private final int tensionDays;

    ReasonLines(HarmReader reader, RiskParameters parameters) {
        this.reader = reader;
        this.tensionDays = parameters.tensionPeriodDays();
    }

    /** The incidents whose place the sentences of these lines name. */
    Map<String, String> places(List<ReasonLine> lines) {
        Set<String> ids = new HashSet<>();
        lines.forEach(line -> ids.add(line.largest().incidentId()));
        return ids.isEmpty() ? Map.of() : reader.places(ids);
    }

    /**
     * The first {@code limit} lines in words and the rest summed.
     *
     * @param names everyone on the lines' paths, by id; {@code places} from {@link #places}
     */
    RiskReports.Explanation explanation(List<ReasonLine> lines, double score, int limit, Map<String, String> names,
            Map<String, String> places, GroupNetwork groups, LocalDate asOf) {
        List<RiskReports.Line> shown = new ArrayList<>();
        for (ReasonLine line : lines.subList(0, Math.min(limit, lines.size()))) {
            shown.add(line(line, score, names, places, groups, asOf));
        }
        double rest = lines.subList(shown.size(), lines.size()).stream().mapToDouble(ReasonLine::weight).sum();
        return new RiskReports.Explanation(shown, lines.size() - shown.size(), rest, score > 0 ? rest / score : 0);
    }

    RiskReports.Line line(ReasonLine line, double score, Map<String, String> names, Map<String, String> places,
            GroupNetwork groups, LocalDate asOf) {
        Contribution c = line.largest();
        String child = names.getOrDefault(c.path().getLast().personId(), c.path().getLast().personId());
        long count = line.incidents();
        String incident = incident(c, places, asOf);
        String text = switch (line.kind()) {
            case OWN_HARM -> count == 1 ? child + " was harmed: " + incident + repeat(c) + "."
                    : child + " was harmed " + count + " times in the last two years; the largest part: " + incident
                            + repeat(c) + ".";
            case OWN_SUSPICION -> child + " is a suspect in " + (count == 1 ? incident
                    : count + " incidents, the largest " + incident) + ", and may be targeted in retaliation.";
            case GROUP_TENSION -> "Group tension between " + group(groups, c.rivals().get(0)) + " and "
                    + group(groups, c.rivals().get(1)) + ", recorded as in conflict: " + count + " incident"
                    + (count == 1 ? "" : "s") + " between their associates reach " + child + " ("
                    + line.recentIncidents() + " in the last " + tensionDays + " days); the largest, " + incident + ".";
            case SHARED_GROUP -> child + " is associated with " + group(groups, c.viaGroup()) + ", as are the suspects of "
                    + count + " incident" + (count == 1 ? "" : "s") + " and may be targeted in retaliation; the largest, "
                    + incident + ".";
            case CLOSE_TIE -> closeTie(line, c, child, count, incident, names);
        };
        return new RiskReports.Line(line.kind().name(), text, line.weight(), score > 0 ? line.weight() / score : 0,
                (int) count, line.incidentIds());
    }

    private static String closeTie(ReasonLine line, Contribution c, String child, long count, String incident,
            Map<String, String> names) {
        Contribution.Step near = c.path().get(c.path().size() - 2);
        String neighbour = names.getOrDefault(near.personId(), near.personId());
        String tie = c.path().getLast().tie().stream().map(k -> k.label().toLowerCase(Locale.UK)).reduce((a, b) -> a
                + " and " + b).orElse("tie");
        String party = names.getOrDefault(c.party(), c.party());
        String side = c.partyRole() == Role.VICTIM ? "victim" : "suspect";
        String who = c.distance() == 1 ? party + ", " + first(child) + "'s " + tie
                : party + ", close to " + neighbour + " (" + first(child) + "'s " + tie + ")";
        if (count == 1) {
            return capital(incident) + " (" + side + ": " + who + ").";
        }
        return "Harm around " + neighbour + " (" + first(child) + "'s " + tie + "): " + count
                + " incidents; the largest, " + incident + " (" + side + ": " + who + ").";
    }

    /**
     * The probability in words: "A chance of about 1 in 12 of being harmed over the next three months
     * (8%); about 4 times the average for this city."
     */
    static String outlook(Outlook outlook) {
        if (outlook.probability() == null) {
            return "There is not yet enough recorded harm in this city to say how likely harm is; the score ranks "
                    + "young people but is not a probability.";
        }
        double p = outlook.probability();
        String chance = p >= 0.5 ? "about " + Math.round(p * 10) + " in 10"
                : p >= 0.005 ? "about 1 in " + Math.round(1 / p) : "very unlikely";
        String period = outlook.days() == 90 ? "the next three months" : "the next " + outlook.days() + " days";
        double times = outlook.timesAverage();
        String relative = times >= 1.15 ? "about " + (times < 2 ? String.format(Locale.UK, "%.1f", times)
                : String.valueOf(Math.round(times))) + " times the average for this city"
                : times <= 0.85 ? "below the average for this city" : "about the average for this city";
        return (p >= 0.9 ? "Very likely to be harmed over " : "A chance of " + chance + " of being harmed over ") + period + " (" + Math.round(p * 100) + "%); " + relative
                + ".";
    }

    private static String incident(Contribution c, Map<String, String> places, LocalDate asOf) {
        String what = RiskReasons.incident(c.type(), c.severity(), c.weapon()).toLowerCase(Locale.UK);
        String place = places.get(c.incidentId());
        return "the " + what + (place == null ? "" : " at " + place) + " on " + c.date().format(DAY) + " ("
                + ago(c.date(), asOf) + ")";
    }

    private static String repeat(Contribution c) {
        return c.repeat() ? ", within months of an earlier harm (repeat victimisation)" : "";
    }

    static String ago(LocalDate date, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(date, asOf);
        if (days <= 0) {
            return "that day";
        }
        if (days < 14) {
            return days == 1 ? "a day ago" : days + " days ago";
        }
        if (days < 61) {
            return days / 7 + " weeks ago";
        }
        long months = ChronoUnit.MONTHS.between(date, asOf);
        return months < 24 ? months + " months ago" : months / 12 + " years ago";
    }

    private static String group(GroupNetwork groups, String id) {
        int g = groups.group(id);
        return g < 0 ? id : groups.name(g);
    }

    private static String first(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
