package org.contextmap.plan;

import org.contextmap.base.Labelled;

/** What a safety plan is about: one young person, a peer group, or a place (a context plan). */
public enum PlanSubject implements Labelled {
    PERSON("Young person", "people"),
    GROUP("Peer group", "groups"),
    PLACE("Place", "locations");

    private final String label;
    private final String path;

    PlanSubject(String label, String path) {
        this.label = label;
        this.path = path;
    }

    @Override
    public String label() {
        return label;
    }

    /** The word of its API address: {@code /api/people/{id}/safety-plans}. */
    public String path() {
        return path;
    }

    /** The subject of an address word, {@code people}, {@code groups} or {@code locations}. */
    public static PlanSubject ofPath(String word) {
        for (PlanSubject subject : values()) {
            if (subject.path.equals(word) || subject.name().equalsIgnoreCase(word)) {
                return subject;
            }
        }
        throw new IllegalArgumentException("No plan subject " + word);
    }
}
