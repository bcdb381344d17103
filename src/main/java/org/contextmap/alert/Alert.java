package org.contextmap.alert;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Advice that the learning of a practice review applies to a young person.
 *
 * @param priority        how soon it asks for a response: its code's, or ROUTINE once it is older
 *                        than the open-risk period
 * @param id              stable for the same code, young person and facts: a decided alert is not
 *                        raised again by the same facts, while new facts make a new alert
 * @param raisedOn        the day the rule's condition was first met
 * @param reason          why, in plain English, naming the facts
 * @param facts           the records that raised it
 * @param learning        the review the rule comes from
 * @param suggestedAction what to consider doing
 * @param decision        what a person decided about it, if anyone has
 */
public record Alert(String id, AlertCode code, String label, AlertPriority priority, String personId, String personName, LocalDate raisedOn,
        String reason, List<Fact> facts, String learning, String suggestedAction, Decision decision) {

    /** A new, undecided alert. */
    public static Alert of(AlertCode code, String personId, String personName, LocalDate raisedOn, String reason,
            List<Fact> facts) {
        return new Alert(idOf(code, personId, facts), code, code.label(), code.priority(), personId, personName, raisedOn, reason,
                List.copyOf(facts), code.learning(), code.suggestedAction(), null);
    }

    /** The same alert with another priority: an old one is routine whatever its code. */
    public Alert withPriority(AlertPriority lower) {
        return new Alert(id, code, label, lower, personId, personName, raisedOn, reason, facts, learning,
                suggestedAction, decision);
    }

    public Alert decided(Decision made) {
        return new Alert(id, code, label, priority, personId, personName, raisedOn, reason, facts, learning, suggestedAction,
                made);
    }

    static String idOf(AlertCode code, String personId, List<Fact> facts) {
        StringBuilder key = new StringBuilder(code.name()).append('|').append(personId);
        facts.stream().map(f -> f.kind() + ":" + f.id()).sorted().forEach(f -> key.append('|').append(f));
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
