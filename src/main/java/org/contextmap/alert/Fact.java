package org.contextmap.alert;

import java.time.LocalDate;

/**
 * A fact that raised an alert, as a reference a practitioner can follow: an incident, referral,
 * meeting, education event, relationship or association.
 *
 * @param kind        {@code incident}, {@code referral}, {@code meeting}, {@code education}, {@code plan}, {@code action},
 *                    {@code relationship} or {@code association}
 * @param id          the record's id (education events: the event's key)
 * @param date        when it happened or was recorded
 * @param description what it is, in words
 */
public record Fact(String kind, String id, LocalDate date, String description) {
}
