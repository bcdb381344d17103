package org.contextmap.schema;

import java.util.List;
import java.util.Set;

/**
 * Every relationship type ContextMap stores, with the feature that owns it and its properties.
 * See docs/domain-model.md for what each means and which labels it joins.
 */
public enum RelType {

    /** A tie between two young people (friend, sibling, co-offender …), with who recorded it and how sure they are. */
    KNOWS("person", "kind", "since", "source", "confidence", "restricted", "recordedAt", "importId"),
    /** A young person's family. */
    IN_FAMILY("person", "importId"),
    /** The school a young person attends. */
    ATTENDS("person", "importId"),
    /** A family history entry's family. */
    OF("person", "importId"),
    /**
     * A young person's association with a peer group: an association with a source, never membership as fact.
     * {@code confirmedOn}: the day it was last re-confirmed (absent: not since {@code since}); it stops
     * counting when neither that nor {@code since} falls within the retention period (docs/retention.md).
     */
    ASSOCIATED_WITH("group", "since", "source", "confidence", "restricted", "confirmedOn", "recordedAt", "importId"),
    /** Two peer groups recorded as in conflict. */
    IN_CONFLICT_WITH("group", "since", "source", "recordedAt", "importId"),
    /** Two peer groups recorded as allied. */
    ALLIED_WITH("group", "since", "source", "recordedAt", "importId"),
    /** A young person's part in an incident: victim, suspect, witness or present. */
    INVOLVED_IN("incident", "role", "recordedAt", "importId"),
    /** Where an incident happened, or the school of an education event. */
    AT("incident", "importId"),
    /** What a referral, a meeting or an education event is about: a young person, a group or a place. */
    ABOUT("casework", "importId"),
    /** A dispute or correction and the young person whose record it concerns. */
    RECTIFIES("rights");

    private final String owner;
    private final Set<String> properties;

    RelType(String owner, String... properties) {
        this.owner = owner;
        this.properties = Set.of(properties);
    }

    /** The type as stored, which is also the constant's name: {@code KNOWS}. */
    public String type() {
        return name();
    }

    /** The feature (application module) that writes these relationships. */
    public String owner() {
        return owner;
    }

    /** The properties these relationships carry. */
    public Set<String> properties() {
        return properties;
    }

    /** The types a bundle's import writes and may undo: all of them. */
    public static List<RelType> records() {
        return List.of(values());
    }
}
