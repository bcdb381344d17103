package org.contextmap.plan;

/**
 * A person or place to avoid that the graph suggests, with the reason in a sentence. A suggestion
 * advises: it is in the plan only once a practitioner adds it.
 *
 * @param kind {@code PERSON} or {@code PLACE}
 * @param id   the id the reader sees (a pseudonym where their role does not reach the child)
 */
public record Suggestion(String kind, String id, String name, String reason) {
}
