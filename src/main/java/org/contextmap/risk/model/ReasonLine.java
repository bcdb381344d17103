package org.contextmap.risk.model;

import java.util.List;

/**
 * One line of an explanation: the contributions to a score gathered by what a practitioner
 * recognises, rather than one line per route. A child's score is often thousands of small routes;
 * gathered this way a handful of lines carry most of it (docs/risk-model.md):
 *
 * <ul>
 * <li>{@link Kind#OWN_HARM} / {@link Kind#OWN_SUSPICION}: the child's own incidents as a victim, or
 * as a suspect (one line each: "harmed three times, the latest …");
 * <li>{@link Kind#GROUP_TENSION}: every incident between associates of two groups recorded as in
 * conflict that reaches the child, whatever the route;
 * <li>{@link Kind#SHARED_GROUP}: incidents whose suspects are associated with a group the child is
 * associated with;
 * <li>{@link Kind#CLOSE_TIE}: harm that reaches the child through one person they know — the
 * incident itself when there is one, else everything around that person.
 * </ul>
 *
 * @param key             what the line gathers: the child, the two groups, a group id, or the
 *                        person the harm comes through
 * @param largest         the largest route of the incident that weighs most in the line: what the
 *                        line's sentence names
 * @param weight          the line's share of the score, in score points
 * @param incidents       how many distinct incidents it gathers
 * @param recentIncidents how many of them fall within the tension period before the day
 * @param incidentIds     the incidents, largest part first (at most ten; the first is {@code largest}'s)
 */
public record ReasonLine(Kind kind, String key, Contribution largest, double weight, int incidents,
        int recentIncidents, List<String> incidentIds) {

    /** What a line is about. */
    public enum Kind {
        OWN_HARM, OWN_SUSPICION, GROUP_TENSION, SHARED_GROUP, CLOSE_TIE
    }
}
