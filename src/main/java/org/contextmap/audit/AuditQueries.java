package org.contextmap.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Reads the trail for an auditor: entries by child, user and time, newest first (by sequence, an
 * order that does not change between pages). A child's or a user's entries are found through their
 * index; the time bounds filter what that finds.
 */
@Component
class AuditQueries {

    private static final String RETURNED = """
            RETURN e.sequence AS sequence, e.at AS at, e.personId AS personId, e.user AS user, e.roles AS roles,
                   e.action AS action, e.what AS what, e.purpose AS purpose, e.channel AS channel
            ORDER BY e.sequence DESC SKIP $skip LIMIT $limit
            """;
    private static final String WHERE = """
            WHERE ($user IS NULL OR e.user = $user) AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
            """;
    private static final String BY_PERSON = "MATCH (e:AuditEntry {personId: $personId})\n" + WHERE;
    private static final String BY_USER = "MATCH (e:AuditEntry {user: $user})\n" + WHERE;
    private static final String ALL = "MATCH (e:AuditEntry)\n" + WHERE;

    /** What to list; every field optional; {@code to} is exclusive. */
    record Filter(String personId, String user, Instant from, Instant to) {
    }

    private final Driver driver;

    AuditQueries(Driver driver) {
        this.driver = driver;
    }

    /** One page of the entries that match, newest first. */
    List<AuditTrail.Entry> entries(Filter filter, long skip, int limit) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("skip", skip);
        parameters.put("limit", limit);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(entriesQuery(filter), parameters).list(AuditQueries::entry));
        }
    }

    /** How many entries match. */
    long count(Filter filter) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(countQuery(filter), parameters(filter))
                    .single().get("n").asLong());
        }
    }

    private static final String ENTRIES_BY_PERSON = BY_PERSON + RETURNED;
    private static final String ENTRIES_BY_USER = BY_USER + RETURNED;
    private static final String ENTRIES = ALL + RETURNED;
    private static final String COUNT_BY_PERSON = BY_PERSON + "RETURN count(e) AS n";
    private static final String COUNT_BY_USER = BY_USER + "RETURN count(e) AS n";
    private static final String COUNT = ALL + "RETURN count(e) AS n";

    /** One of the constant queries, by the index the filter can use. */
    private static String entriesQuery(Filter filter) {
        return filter.personId() != null ? ENTRIES_BY_PERSON : filter.user() != null ? ENTRIES_BY_USER : ENTRIES;
    }

    private static String countQuery(Filter filter) {
        return filter.personId() != null ? COUNT_BY_PERSON : filter.user() != null ? COUNT_BY_USER : COUNT;
    }

    private static Map<String, Object> parameters(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("personId", filter.personId());
        parameters.put("user", filter.user());
        parameters.put("from", filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
        parameters.put("to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
        return parameters;
    }

    private static AuditTrail.Entry entry(Record row) {
        AuditRecord content = AuditStore.read(row);
        return new AuditTrail.Entry(row.get("sequence").isNull() ? null : row.get("sequence").asNumber().longValue(),
                content.at().atOffset(ZoneOffset.UTC), content.personId(), content.user(), content.roles(),
                content.action(), content.what(), content.purpose(), content.channel());
    }
}
