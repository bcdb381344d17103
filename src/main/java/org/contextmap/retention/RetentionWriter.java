package org.contextmap.retention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.audit.AuditTrail;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.GraphVersion;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what {@link RetentionPlanner} finds, in one transaction with {@code UNWIND} batches: the
 * plan is read, the records removed, one audit entry written per erased young person and the data
 * version moved on together, or nothing at all. Erasing a young person removes the person node and
 * every relationship of theirs (ties, associations, incident involvements, family, school); their
 * education events, referrals, the meetings about them alone, the decisions on their alerts, and
 * their family with its history when nobody else is left in it. Incidents left with nobody stay,
 * for the statistics of places, without their summary (which may name them) until they are old
 * enough to go too.
 */
@Component
class RetentionWriter {

    private static final String ERASE_PEOPLE = """
            UNWIND $rows AS row
            MATCH (p:YoungPerson {id: row.id})
            DETACH DELETE p
            """;
    private static final String ERASE_DECISIONS = """
            UNWIND $rows AS row
            MATCH (d:AlertDecision {personId: row.id})
            DELETE d
            """;
    /** A child's safety plans, every version, and their actions: they go with the child. */
    private static final String ERASE_PLANS = """
            UNWIND $rows AS row
            MATCH (s:SafetyPlan {subjectId: row.id, subject: 'PERSON'})
            OPTIONAL MATCH (a:Action {planId: s.planId})
            DETACH DELETE a, s
            """;
    private static final String ERASE_FAMILIES = """
            UNWIND $rows AS row
            MATCH (f:Family {id: row.id})
            OPTIONAL MATCH (h:FamilyHistory)-[:OF]->(f)
            DETACH DELETE h, f
            """;
    private static final String ERASE_INCIDENTS = "UNWIND $rows AS row MATCH (i:Incident {id: row.id}) DETACH DELETE i";
    private static final String ANONYMISE_INCIDENTS = "UNWIND $rows AS row MATCH (i:Incident {id: row.id}) REMOVE i.summary";
    private static final String ERASE_EDUCATION = """
            UNWIND $rows AS row MATCH (e:EducationEvent {id: row.id}) DETACH DELETE e
            """;
    private static final String ERASE_REFERRALS = "UNWIND $rows AS row MATCH (r:Referral {id: row.id}) DETACH DELETE r";
    private static final String ERASE_MEETINGS = "UNWIND $rows AS row MATCH (m:Meeting {id: row.id}) DETACH DELETE m";

    private final RetentionPlanner planner;
    private final BatchWriter writer;
    private final AuditTrail audit;
    private final GraphVersion versions;

    RetentionWriter(RetentionPlanner planner, BatchWriter writer, AuditTrail audit, GraphVersion versions) {
        this.planner = planner;
        this.writer = writer;
        this.audit = audit;
        this.versions = versions;
    }

    /** What a run on the day would remove; nothing is written. */
    @Transactional(readOnly = true)
    public RetentionPlan preview(LocalDate asOf) {
        return planner.plan(asOf);
    }

    /** What was erased, the graph's changes and the new data version (or -1 when nothing changed). */
    record Erased(RetentionPlan plan, WriteCounts people, long dataVersion) {
    }

    /** Plans and erases in one transaction. */
    @Transactional
    public Erased erase(LocalDate asOf) {
        RetentionPlan plan = planner.plan(asOf);
        if (!plan.report(false).changesSomething()) {
            return new Erased(plan, WriteCounts.NONE, -1);
        }
        // the facts about the people first, while they can still be found through them
        write(plan.educationEvents(), ERASE_EDUCATION);
        write(plan.referrals(), ERASE_REFERRALS);
        write(plan.meetings(), ERASE_MEETINGS);
        write(plan.anonymised(), ANONYMISE_INCIDENTS);
        write(plan.incidents(), ERASE_INCIDENTS);
        write(plan.personIds(), ERASE_DECISIONS);
        write(plan.personIds(), ERASE_PLANS);
        write(plan.families(), ERASE_FAMILIES);
        WriteCounts people = write(plan.personIds(), ERASE_PEOPLE);
        Map<String, String> erased = new LinkedHashMap<>();
        plan.people().forEach(person -> erased.put(person.id(), person.what()));
        audit.erasedAll(erased);
        // a change to "everything": erased incidents and people change alerts of people not listed here
        long version = versions.bump();
        return new Erased(plan, people, version);
    }

    private WriteCounts write(List<String> ids, String statement) {
        return writer.write(ids, id -> Map.of("id", id), statement);
    }
}
