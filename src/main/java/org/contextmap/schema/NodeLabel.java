package org.contextmap.schema;

import java.util.List;
import java.util.Set;

/**
 * Every node label ContextMap stores, with the feature that owns it and its properties.
 * See docs/domain-model.md for what each means.
 *
 * <p>{@code restricted} (on incidents and family history, and on the {@link RelType#KNOWS} and
 * {@link RelType#ASSOCIATED_WITH} relationships) is {@code true} on intelligence the recording
 * agency marked as restricted, whose detail need-to-know rules show only to the police; it is
 * absent otherwise (read it as {@code coalesce(x.restricted, false)}).
 */
public enum NodeLabel {

    /** A young person: the child at the centre of every record. */
    YOUNG_PERSON("YoungPerson", "person", true, "id", "name", "dateOfBirth", "gender", "ethnicity", "homeArea",
            "inCare", "send", "flags", "socialCareStatus", "leadProfessional", "recordedAt", "importId"),
    /** A family, known only by its id: what links siblings. */
    FAMILY("Family", "person", true, "id", "importId"),
    /** Something known about a family (domestic abuse, parental mental health …) that every sibling's record shows. */
    FAMILY_HISTORY("FamilyHistory", "person", true, "id", "kind", "notedOn", "source", "restricted", "recordedAt",
            "importId"),
    /** A peer group young people are associated with. */
    PEER_GROUP("PeerGroup", "group", true, "id", "name", "area", "recordedAt", "importId"),
    /** A place: a school, park, transport hub, estate, shop, youth club, street or home area. */
    LOCATION("Location", "place", true, "id", "name", "type", "latitude", "longitude", "recordedAt", "importId"),
    /** Something that happened: an assault, a stabbing, a robbery, exploitation, a missing episode … */
    INCIDENT("Incident", "incident", true, "id", "occurredAt", "type", "severity", "weapon", "summary", "source",
            "restricted", "recordedAt", "importId"),
    /** A suspension, exclusion, managed move, absence or missing education. */
    EDUCATION_EVENT("EducationEvent", "casework", true, "id", "date", "kind", "days", "recordedAt", "importId"),
    /** A referral about a child from an agency, with its outcome. */
    REFERRAL("Referral", "casework", true, "id", "receivedOn", "fromAgency", "level", "outcome", "outcomeOn",
            "referrerNotifiedOn", "service", "firstContactOn", "endedOn", "recordedAt", "importId"),
    /** A multi-agency meeting about a child, a group or a place. */
    MEETING("Meeting", "casework", true, "id", "kind", "heldOn", "agencies", "recordedAt", "importId"),
    /**
     * One version of a safety plan for a young person, a peer group or a place: never changed once
     * written; the newest is {@code latest}. {@code body} holds the plan as JSON.
     */
    SAFETY_PLAN("SafetyPlan", "plan", false, "id", "planId", "subject", "subjectId", "version", "latest",
            "changedBy", "changedAt", "reviewOn", "summary", "body"),
    /** An action of the newest version of a plan, as the tracker reads it. */
    ACTION("Action", "plan", false, "id", "planId", "actionId", "subject", "subjectId", "description", "owner",
            "ownerName", "due", "status"),
    /** A violence-reduction meeting: its area, the day it is held, and the meeting as JSON. */
    REDUCTION_MEETING("ReductionMeeting", "meeting", false, "id", "areaId", "heldOn", "body"),
    /** One read or change of a child's record: who, in what role, when, why, how; a link of the hash chain. */
    AUDIT_ENTRY("AuditEntry", "audit", false, "sequence", "at", "personId", "user", "roles", "action", "what",
            "purpose", "channel", "previousHash", "hash"),
    /** The head of the audit trail's hash chain: the last sequence number and hash, locked by each write. */
    AUDIT_CHAIN("AuditChain", "audit", false, "id", "sequence", "hash", "writer", "adopting", "legacyEntries"),
    /** Someone who may sign in: user name, bcrypt hash, roles, the schools an education user is tied to. */
    USER("User", "account", false, "username", "displayName", "passwordHash", "roles", "schools", "enabled",
            "createdAt", "createdBy", "changedAt", "changedBy"),
    /** The key behind the stable pseudonyms analysts see instead of names. */
    PSEUDONYM_KEY("PseudonymKey", "person", false, "id", "key"),
    /**
     * A dispute or correction of one fact of a young person's record (UK GDPR art. 16): who raised
     * it, when, why, the value recorded then and the corrected one. Never a bundle record, so no
     * import touches it.
     */
    RECTIFICATION("Rectification", "rights", false, "id", "personId", "fact", "reference", "field", "status",
            "reason", "previousValue", "correctedValue", "raisedBy", "raisedAt", "recordedBy"),
    /** What a person decided about a practice alert, and why. */
    ALERT_DECISION("AlertDecision", "alert", false, "alertId", "code", "personId", "outcome", "reason", "decidedBy",
            "decidedAt"),
    /** One import of a bundle, its state and its before image (the journal that makes it all-or-nothing). */
    IMPORT("Import", "exchange", false, "id", "status", "channel", "startedAt", "heartbeatAt", "finishedAt",
            "rows", "beforeImage", "linkMarks"),
    /** The single lock that lets one import run at a time across every application instance. */
    IMPORT_LOCK("ImportLock", "exchange", false, "id", "importId"),
    /** The database's data version, moved on by every write; every cache is keyed by it. */
    DATA_VERSION("DataVersion", "database", false, "id", "version", "changedAt"),
    /** What one write touched, so that caches in other instances can catch up without reading everything. */
    DATA_CHANGE("DataChange", "database", false, "version", "at", "people", "incidents", "files", "network",
            "everything");

    private final String label;
    private final String owner;
    private final boolean record;
    private final Set<String> properties;

    NodeLabel(String label, String owner, boolean record, String... properties) {
        this.label = label;
        this.owner = owner;
        this.record = record;
        this.properties = Set.of(properties);
    }

    /** The label as stored: {@code YoungPerson}. */
    public String label() {
        return label;
    }

    /** The feature (application module) that writes these nodes, or {@code null} for a label only reserved. */
    public String owner() {
        return owner;
    }

    /** The properties these nodes carry. */
    public Set<String> properties() {
        return properties;
    }

    /**
     * Whether these are records of a CSV bundle: what an import writes, undoes and marks with its id.
     * The rest is the application's own bookkeeping.
     */
    public boolean record() {
        return record;
    }

    /** The labels of the records a bundle writes, in the order of the bundle's files. */
    public static List<NodeLabel> records() {
        return List.of(values()).stream().filter(NodeLabel::record).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
