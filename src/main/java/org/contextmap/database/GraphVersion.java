package org.contextmap.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter in the database that every write of graph data increments. Analytics snapshots
 * are caches keyed by it, so that any application instance can tell that its copy is stale,
 * however many instances share the database.
 *
 * <p>Beside the counter, each write says what it touched (a {@link Change}, kept for the last
 * {@value #KEPT} versions), so that an instance that did not make the change can still bring
 * its caches up to date for the people concerned instead of reading the whole city again.
 */
@Component
public class GraphVersion {

    /** How many versions' changes are kept; an instance further behind reads everything again. */
    static final int KEPT = 200;

    private final Neo4jClient client;

    GraphVersion(Neo4jClient client) {
        this.client = client;
    }

    /**
     * What one version changed: the young people and incidents it touched, the bundle files in
     * which something changed, and whether the person or group graph changed ({@code network}:
     * young people added or removed, ties, groups, associations); {@code everything} when that was
     * not recorded (too big, or a write that does not say), in which case the sets are empty.
     */
    public record Change(long version, Set<String> people, Set<String> incidents, Set<String> files,
            boolean network, boolean everything) {

        /** A change touching more records than this is recorded as a change to everything. */
        public static final int LARGEST_RECORDED = 20_000;

        /** A change to these records, or to everything when they are too many to be worth listing. */
        public static Change of(Collection<String> people, Collection<String> incidents, Collection<String> files,
                boolean network) {
            if (people.size() + incidents.size() > LARGEST_RECORDED) {
                return everything(0);
            }
            return new Change(0, Set.copyOf(people), Set.copyOf(incidents), Set.copyOf(files), network, false);
        }

        static Change everything(long version) {
            return new Change(version, Set.of(), Set.of(), Set.of(), true, true);
        }

        /** Several changes taken together. */
        public static Change union(List<Change> changes) {
            if (changes.stream().anyMatch(Change::everything)) {
                return everything(changes.getLast().version());
            }
            Set<String> people = new HashSet<>();
            Set<String> incidents = new HashSet<>();
            Set<String> files = new HashSet<>();
            boolean network = false;
            for (Change change : changes) {
                people.addAll(change.people());
                incidents.addAll(change.incidents());
                files.addAll(change.files());
                network |= change.network();
            }
            return new Change(changes.isEmpty() ? 0 : changes.getLast().version(), people, incidents, files, network,
                    false);
        }
    }

    /** Increments the version for a change that does not say what it touched: everything may have changed. */
    @Transactional
    public long bump() {
        return bump(Change.everything(0));
    }

    /** Increments the version (in the caller's transaction, if any), records what changed, and returns the new value. */
    @Transactional
    public long bump(Change change) {
        return client.query("""
                MERGE (v:DataVersion {id: 'graph'})
                SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
                WITH v
                CREATE (c:DataChange {version: v.version, at: v.changedAt, everything: $everything,
                        network: $network, people: $people, incidents: $incidents, files: $files})
                WITH v
                OPTIONAL MATCH (old:DataChange) WHERE old.version <= v.version - $kept
                DELETE old
                RETURN DISTINCT v.version AS version
                """).bindAll(Map.of("everything", change.everything(), "network", change.network(), "people", List.copyOf(change.people()),
                "incidents", List.copyOf(change.incidents()), "files", List.copyOf(change.files()), "kept", KEPT))
                .fetchAs(Long.class).one().orElseThrow();
    }

    @Transactional(readOnly = true)
    public long current() {
        return client.query("OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN coalesce(v.version, 0) AS version")
                .fetchAs(Long.class).one().orElse(0L);
    }

    /**
     * What changed after version {@code from} up to {@code to}, taken together; empty when any
     * of those versions' changes is no longer (or was never) recorded.
     */
    @Transactional(readOnly = true)
    public Optional<Change> changesBetween(long from, long to) {
        if (to == from) {
            return Optional.of(Change.union(List.of()));
        }
        if (to < from) { // the data were replaced: nothing says what changed
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>(client.query("""
                MATCH (c:DataChange) WHERE c.version > $from AND c.version <= $to
                RETURN c.version AS version, c.people AS people, c.incidents AS incidents, c.files AS files,
                       c.network AS network, c.everything AS everything
                ORDER BY version
                """).bindAll(Map.of("from", from, "to", to)).fetchAs(Change.class).mappedBy((types, row) ->
                new Change(row.get("version").asLong(), texts(row.get("people").asList()),
                        texts(row.get("incidents").asList()), texts(row.get("files").asList()),
                        row.get("network").asBoolean(true), row.get("everything").asBoolean(true))).all());
        if (changes.size() != to - from) {
            return Optional.empty();
        }
        return Optional.of(Change.union(changes));
    }

    private static Set<String> texts(List<Object> values) {
        Set<String> texts = new HashSet<>(values.size() * 2);
        values.forEach(v -> texts.add(String.valueOf(v)));
        return texts;
    }
}
