package org.contextmap.rights;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.contextmap.base.Agency;
import org.contextmap.person.ProfileField;
import org.contextmap.person.ProfileRectification;

/**
 * A dispute, a correction or a withdrawal of one fact, as kept: a {@code Rectification} node of its own, linked
 * to the young person, so that nothing a partner system sends again can wipe it, and the fact's
 * value when it was raised kept beside the new one.
 *
 * @param reference   which fact (see {@link ProfileRectification#reference()})
 * @param recordedBy  the user who entered it on the child's or parent's behalf
 */
public record Rectification(String id, String personId, FactKind fact, String reference, ProfileField field,
        RectificationStatus status, String reason, String previousValue, String correctedValue, Agency raisedBy,
        OffsetDateTime raisedAt, String recordedBy) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LOCAL = ZoneId.of("Europe/London");

    /** The day it was raised, in words: "7 December 2026". */
    public String day() {
        return raisedAt == null ? "a day not recorded" : raisedAt.atZoneSameInstant(LOCAL).format(DAY);
    }

    /**
     * The whole in a sentence: "Disputed by Parent or carer on 7 December 2026: he was never there.",
     * "Withdrawn by Police on 7 December 2026: …" or "Corrected on 7 December 2026 (was Black
     * African), raised by The young person: …".
     */
    @JsonProperty("note")
    public String note() {
        String who = raisedBy == null ? "someone not recorded" : raisedBy.label();
        if (status == RectificationStatus.DISPUTED || status == RectificationStatus.WITHDRAWN) {
            return status.label() + " by " + who + " on " + day() + ": " + reason;
        }
        String was = previousValue == null || previousValue.isBlank() ? "not recorded" : previousValue;
        String now = correctedValue == null ? "" : "; now " + (correctedValue.isBlank() ? "not recorded"
                : correctedValue);
        return "Corrected on " + day() + " (was " + was + now + "), raised by " + who + ": " + reason;
    }

    /** As the young person's record shows it. */
    public ProfileRectification onRecord() {
        return new ProfileRectification(id, fact.name(), reference, field, status.name(),
                raisedBy == null ? null : raisedBy.label(), raisedAt, reason, previousValue, correctedValue, note());
    }
}
