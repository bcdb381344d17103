package org.contextmap.alert;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.contextmap.base.Agency;
import org.contextmap.base.RetentionSettings;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.casework.ReferredTo;
import org.contextmap.database.GraphReader;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;
import org.springframework.stereotype.Component;

/**
 * Loads a {@link CaseBook}: everything the rules read, for every young person, with a few
 * streaming queries (on the embedded database, the same rows from scans through Neo4j's Java API),
 * or the same for some young people after a change. No per-person query: a city of 20,000 is a
 * handful of scans.
 *
 * <p>It reads other features' nodes directly: young people, families, sibling and friend ties
 * ({@code person}), incidents and who was involved ({@code incident}), referrals, meetings and
 * education events ({@code casework}), peer groups, associations and conflicts ({@code group}).
 * A direct read is right here because the rules must see all of it as of one moment, in one read
 * transaction, for every child at once; through each feature's service it would be thousands of
 * queries and no single moment. The labels, types and properties it reads are those declared in
 * {@code schema}, which a test holds every query to.
 */
@Component
class CaseBookReader {

    private static final String PEOPLE = """
            MATCH (p:YoungPerson) OPTIONAL MATCH (p)-[:IN_FAMILY]->(f:Family)
            RETURN p.id AS id, p.name AS name, p.flags AS flags, p.socialCareStatus AS status,
                   p.leadProfessional AS lead, f.id AS family
            """;
    private static final String INCIDENTS = """
            MATCH (i:Incident)
            RETURN i.id AS id, i.occurredAt AS at, i.type AS type, i.severity AS severity, i.weapon AS weapon,
                   i.source AS source
            """;
    private static final String PARTIES = """
            MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i:Incident) RETURN i.id AS incident, p.id AS person, r.role AS role
            """;
    private static final String REFERRALS = """
            MATCH (r:Referral)-[:ABOUT]->(p:YoungPerson)
            RETURN r.id AS id, p.id AS person, r.receivedOn AS received, r.fromAgency AS agency, r.level AS level,
                   r.outcome AS outcome, r.outcomeOn AS outcomeOn, r.referrerNotifiedOn AS notified,
                   r.service AS service, r.firstContactOn AS firstContactOn, r.endedOn AS endedOn
            """;
    private static final String MEETINGS = """
            MATCH (m:Meeting)-[:ABOUT]->(p:YoungPerson)
            RETURN m.id AS id, m.kind AS kind, m.heldOn AS held, p.id AS person, m.agencies AS agencies
            """;
    private static final String EDUCATION = """
            MATCH (e:EducationEvent)-[:ABOUT]->(p:YoungPerson) OPTIONAL MATCH (e)-[:AT]->(s:Location)
            RETURN p.id AS person, s.id AS school, e.date AS date, e.kind AS kind, e.days AS days
            """;
    private static final String PLANS = """
            MATCH (s:SafetyPlan {subject: 'PERSON'})
            RETURN s.subjectId AS person, s.planId AS plan, s.version AS version, date(s.changedAt) AS written,
                   s.reviewOn AS reviewOn, s.summary AS summary
            """;
    private static final String PLAN_ACTIONS = """
            MATCH (a:Action {subject: 'PERSON'})
            RETURN a.subjectId AS person, a.planId AS plan, a.description AS description, a.due AS due,
                   a.status AS status
            """;
    private static final String GROUPS = "MATCH (g:PeerGroup) RETURN g.id AS id, g.name AS name";
    private static final String ASSOCIATIONS = """
            MATCH (p:YoungPerson)-[r:ASSOCIATED_WITH]->(g:PeerGroup)
            RETURN p.id AS person, g.id AS group, r.since AS since, r.confirmedOn AS confirmedOn
            """;
    private static final String CONFLICTS = """
            MATCH (a:PeerGroup)-[r:IN_CONFLICT_WITH]->(b:PeerGroup) RETURN a.id AS a, b.id AS b, r.since AS since
            """;
    private static final String CLOSE_TIES = """
            MATCH (a:YoungPerson)-[r:KNOWS]->(b:YoungPerson) WHERE r.kind IN ['SIBLING', 'FRIEND']
            RETURN a.id AS a, b.id AS b, r.kind AS kind
            """;

    /** The same facts for some young people only ({@code $ids}), for the update after an import. */
    private static final String PEOPLE_OF = """
            MATCH (p:YoungPerson) WHERE p.id IN $ids OPTIONAL MATCH (p)-[:IN_FAMILY]->(f:Family)
            RETURN p.id AS id, p.name AS name, p.flags AS flags, p.socialCareStatus AS status,
                   p.leadProfessional AS lead, f.id AS family
            """;
    private static final String INCIDENTS_OF = """
            MATCH (p:YoungPerson)-[:INVOLVED_IN]->(i:Incident) WHERE p.id IN $ids
            WITH DISTINCT i
            RETURN i.id AS id, i.occurredAt AS at, i.type AS type, i.severity AS severity, i.weapon AS weapon,
                   i.source AS source
            """;
    private static final String PARTIES_OF = """
            MATCH (p:YoungPerson)-[:INVOLVED_IN]->(i:Incident) WHERE p.id IN $ids
            WITH DISTINCT i
            MATCH (q:YoungPerson)-[r:INVOLVED_IN]->(i) RETURN i.id AS incident, q.id AS person, r.role AS role
            """;
    private static final String REFERRALS_OF = """
            MATCH (r:Referral)-[:ABOUT]->(p:YoungPerson) WHERE p.id IN $ids
            RETURN r.id AS id, p.id AS person, r.receivedOn AS received, r.fromAgency AS agency, r.level AS level,
                   r.outcome AS outcome, r.outcomeOn AS outcomeOn, r.referrerNotifiedOn AS notified,
                   r.service AS service, r.firstContactOn AS firstContactOn, r.endedOn AS endedOn
            """;
    private static final String MEETINGS_OF = """
            MATCH (m:Meeting)-[:ABOUT]->(p:YoungPerson) WHERE p.id IN $ids
            RETURN m.id AS id, m.kind AS kind, m.heldOn AS held, p.id AS person, m.agencies AS agencies
            """;
    private static final String EDUCATION_OF = """
            MATCH (e:EducationEvent)-[:ABOUT]->(p:YoungPerson) WHERE p.id IN $ids
            OPTIONAL MATCH (e)-[:AT]->(s:Location)
            RETURN p.id AS person, s.id AS school, e.date AS date, e.kind AS kind, e.days AS days
            """;
    private static final String PLANS_OF = """
            MATCH (s:SafetyPlan {subject: 'PERSON'}) WHERE s.subjectId IN $ids
            RETURN s.subjectId AS person, s.planId AS plan, s.version AS version, date(s.changedAt) AS written,
                   s.reviewOn AS reviewOn, s.summary AS summary
            """;
    private static final String PLAN_ACTIONS_OF = """
            MATCH (a:Action {subject: 'PERSON'}) WHERE a.subjectId IN $ids
            RETURN a.subjectId AS person, a.planId AS plan, a.description AS description, a.due AS due,
                   a.status AS status
            """;
    private static final String ASSOCIATIONS_OF = """
            MATCH (p:YoungPerson)-[r:ASSOCIATED_WITH]->(g:PeerGroup) WHERE p.id IN $ids
            RETURN p.id AS person, g.id AS group, r.since AS since, r.confirmedOn AS confirmedOn
            """;
    private static final String CLOSE_TIES_OF = """
            MATCH (a:YoungPerson)-[r:KNOWS]-(b:YoungPerson) WHERE a.id IN $ids AND r.kind IN ['SIBLING', 'FRIEND']
            RETURN a.id AS a, b.id AS b, r.kind AS kind
            """;

    private final GraphReader reader;
    private final RetentionSettings retention;

    CaseBookReader(GraphReader reader, RetentionSettings retention) {
        this.reader = reader;
        this.retention = retention;
    }

    /**
     * Where the rows of one kind of fact come from: a Cypher query, and for the whole city on the
     * embedded database a scan through Neo4j's Java API with the same columns ({@link CaseBookScan}).
     */
    record Source(String cypher, CaseBookScan.Scan scan) {

        void rows(GraphReader.Reading reading, Map<String, Object> parameters, Consumer<GraphReader.Row> rows) {
            if (scan != null && reading.inProcess() != null) {
                scan.rows(reading.inProcess(), rows);
            } else {
                reading.stream(cypher, parameters, rows);
            }
        }
    }

    /** The sources of one read: of everyone, or of some young people only ({@code groups} absent). */
    record Queries(Source people, Source incidents, Source parties, Source referrals, Source meetings,
            Source education, Source associations, Source closeTies, Source groups, Source conflicts, Source plans,
            Source planActions) {
    }

    static final Queries EVERYONE = new Queries(new Source(PEOPLE, CaseBookScan.PEOPLE),
            new Source(INCIDENTS, CaseBookScan.INCIDENTS), new Source(PARTIES, CaseBookScan.PARTIES),
            new Source(REFERRALS, CaseBookScan.REFERRALS), new Source(MEETINGS, CaseBookScan.MEETINGS),
            new Source(EDUCATION, CaseBookScan.EDUCATION), new Source(ASSOCIATIONS, CaseBookScan.ASSOCIATIONS),
            new Source(CLOSE_TIES, CaseBookScan.CLOSE_TIES), new Source(GROUPS, CaseBookScan.GROUPS),
            new Source(CONFLICTS, CaseBookScan.CONFLICTS), new Source(PLANS, null), new Source(PLAN_ACTIONS, null));
    private static final Queries SOME = new Queries(new Source(PEOPLE_OF, null), new Source(INCIDENTS_OF, null),
            new Source(PARTIES_OF, null), new Source(REFERRALS_OF, null), new Source(MEETINGS_OF, null),
            new Source(EDUCATION_OF, null), new Source(ASSOCIATIONS_OF, null), new Source(CLOSE_TIES_OF, null), null,
            null, new Source(PLANS_OF, null), new Source(PLAN_ACTIONS_OF, null));

    /**
     * Everything the rules read, for every young person: the people and their ties in one read
     * transaction and, at the same time on another thread, the incidents and casework in another
     * (a quarter faster on two cores). A write committed between the two is caught up like any other
     * change, because the caller keys the book by the data version it read before.
     */
    CaseBook read() {
        try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CaseBook> harmAndCasework = thread.submit(() -> {
                CaseBook part = new CaseBook();
                reader.read(reading -> readHarmAndCasework(reading, Map.of(), EVERYONE, part));
                return part;
            });
            CaseBook book = new CaseBook();
            reader.read(reading -> readPeopleAndTies(reading, Map.of(), EVERYONE, book));
            return book.absorb(harmAndCasework.get());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the case book", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        }
    }

    /**
     * What the rules read about some young people only: their details, every incident they are in
     * (with all its parties), referrals, meetings, education events, associations, and sibling and friend ties.
     * No groups or conflicts: merge it into a full book with {@link CaseBook#replace}.
     */
    CaseBook readPeople(Collection<String> ids) {
        Map<String, Object> parameters = Map.of("ids", List.copyOf(ids));
        CaseBook book = new CaseBook();
        reader.read(reading -> {
            readPeopleAndTies(reading, parameters, SOME, book);
            readHarmAndCasework(reading, parameters, SOME, book);
        });
        return book;
    }

    private void readPeopleAndTies(GraphReader.Reading reading, Map<String, Object> parameters, Queries queries,
            CaseBook book) {
        queries.people().rows(reading, parameters, row -> book.person(new YoungPerson(row.text("id"),
                row.text("name"), null, null, null, null, null, row.text("family"), null, null,
                texts(row.get("flags")), row.code("status", SocialCareStatus.class), row.text("lead"))));
        if (queries.groups() != null) {
            queries.groups().rows(reading, Map.of(), row -> book.group(row.text("id"), row.text("name")));
            queries.conflicts().rows(reading, Map.of(),
                    row -> book.conflict(row.text("a"), row.text("b"), row.date("since")));
        }
        queries.associations().rows(reading, parameters,
                row -> book.association(row.text("person"), row.text("group"), row.date("since"),
                        retention.associationCountsUntil(row.date("since"), row.date("confirmedOn"))));
        queries.closeTies().rows(reading, parameters, row -> {
            if ("SIBLING".equals(row.text("kind"))) {
                book.siblings(row.text("a"), row.text("b"));
            } else {
                book.friends(row.text("a"), row.text("b"));
            }
        });
        queries.meetings().rows(reading, parameters, row -> book.meeting(new Meeting(row.text("id"),
                row.code("kind", MeetingKind.class), row.date("held"), row.text("person"), null, null,
                texts(row.get("agencies")).stream().map(a -> GraphReader.code(Agency.class, a))
                        .filter(Objects::nonNull).toList())));
    }

    private static void readHarmAndCasework(GraphReader.Reading reading, Map<String, Object> parameters,
            Queries queries, CaseBook book) {
        List<Incident> incidents = new ArrayList<>();
        queries.incidents().rows(reading, parameters, row -> incidents.add(new Incident(row.text("id"),
                row.get("at") instanceof LocalDateTime at ? at : null, row.code("type", IncidentType.class),
                row.code("severity", Severity.class), row.code("weapon", Weapon.class), null,
                row.code("source", Agency.class), null)));
        Map<String, Map<String, Role>> parties = new HashMap<>(incidents.size() * 2);
        queries.parties().rows(reading, parameters, row -> {
            Role role = row.code("role", Role.class);
            if (role != null) {
                parties.computeIfAbsent(row.text("incident"), i -> new HashMap<>(4)).put(row.text("person"), role);
            }
        });
        incidents.stream().filter(i -> i.occurredAt() != null && i.type() != null && parties.containsKey(i.id()))
                .forEach(i -> book.incident(i, parties.get(i.id())));
        queries.referrals().rows(reading, parameters, row -> book.referral(new Referral(row.text("id"),
                row.text("person"), row.date("received"), row.code("agency", Agency.class), row.text("level"),
                row.code("outcome", ReferralOutcome.class), row.date("outcomeOn"), row.date("notified"),
                row.code("service", ReferredTo.class), row.date("firstContactOn"), row.date("endedOn"), true)));
        queries.education().rows(reading, parameters, row -> book.education(new EducationEvent(row.text("person"),
                row.text("school"), row.date("date"), row.code("kind", EducationEventKind.class),
                row.get("days") instanceof Number days ? days.intValue() : null)));
        queries.plans().rows(reading, parameters, row -> {
            if (row.date("written") != null) {
                book.plan(row.text("person"), new CaseBook.PlanVersion(row.text("plan"),
                        row.get("version") instanceof Number n ? n.intValue() : 0, row.date("written"),
                        row.date("reviewOn"), row.text("summary")));
            }
        });
        queries.planActions().rows(reading, parameters, row -> book.planAction(row.text("person"),
                new CaseBook.PlanAction(row.text("plan"), row.text("description"), row.date("due"),
                        !"DONE".equals(row.text("status")) && !"CANCELLED".equals(row.text("status")))));
    }

    private static List<String> texts(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return List.of();
    }
}
