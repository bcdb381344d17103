package org.contextmap.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a fact came from and how sure we are of it. Every relationship that states something
 * about a young person carries one (docs/domain-model.md), because a practitioner must be able to tell
 * a parent's worry from a police grading and from a confirmed conviction.
 *
 * @param source     the agency that recorded the fact; {@code null} when the source did not say
 * @param confidence how far it is verified; {@code null} when it was not graded
 * @param since      when the fact began to hold, where known
 * @param recordedAt when ContextMap first recorded it
 */
public record Provenance(Agency source, Confidence confidence, LocalDate since, OffsetDateTime recordedAt) {

    /** "Police, confirmed" — how a fact's provenance reads on screen. */
    public String describe() {
        return Labelled.of(source, "Source not recorded") + ", " + Labelled.of(confidence, "not graded").toLowerCase();
    }
}
