package org.contextmap.database;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Streams the rows of read queries to a callback, one row at a time, all queries of one call in
 * one read transaction (so they see one consistent state of the graph). Analytics snapshots are
 * built this way: a million rows pass through without a list of a million records on the heap,
 * which is what {@code Neo4jClient.fetch().all()} would build.
 *
 * <p>On the embedded database the queries run in-process; on an external one, over Bolt with the
 * driver's streaming (records are pulled in batches as the callback consumes them).
 */
@Component
public class GraphReader {

    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    GraphReader(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${contextmap.write-in-process:true}") boolean inProcess) {
        this.driver = driver;
        this.embedded = inProcess ? embedded : new StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class);
    }

    /** One row of a streamed result; values are plain Java types ({@code String}, {@code Long}, {@code LocalDate}, lists). */
    public interface Row {

        Object get(String column);

        default String text(String column) {
            Object value = get(column);
            return value == null ? null : value.toString();
        }

        default LocalDate date(String column) {
            return get(column) instanceof LocalDate date ? date : null;
        }

        default long number(String column, long otherwise) {
            return get(column) instanceof Number number ? number.longValue() : otherwise;
        }

        /** The enumeration value stored as its name; {@code null} when absent or not one of {@code type}'s. */
        default <E extends Enum<E>> E code(String column, Class<E> type) {
            return GraphReader.code(type, text(column));
        }
    }

    /** The enumeration value of a stored name; {@code null} when absent or unknown (data from elsewhere). */
    public static <E extends Enum<E>> E code(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** What the work of one read transaction can do: stream any number of queries. */
    public interface Reading {

        void stream(String cypher, Map<String, Object> parameters, Consumer<Row> rows);

        /**
         * The embedded database's transaction this reading runs in, for scans that are much
         * faster through Neo4j's Java API than through Cypher rows; {@code null} over Bolt.
         */
        default Transaction inProcess() {
            return null;
        }
    }

    /** Runs {@code work} in one read transaction. */
    public void read(Consumer<Reading> work) {
        EmbeddedNeo4j local = embedded.getIfAvailable();
        if (local != null) {
            try (Transaction tx = local.database().beginTx()) {
                work.accept(new Reading() {
                    @Override
                    public void stream(String cypher, Map<String, Object> parameters, Consumer<Row> rows) {
                        try (Result result = tx.execute(cypher, parameters)) {
                            while (result.hasNext()) {
                                Map<String, Object> row = result.next();
                                rows.accept(row::get);
                            }
                        }
                    }

                    @Override
                    public Transaction inProcess() {
                        return tx;
                    }
                });
                tx.commit();
            }
            return;
        }
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                work.accept((cypher, parameters, rows) -> {
                    var result = tx.run(cypher, parameters);
                    while (result.hasNext()) {
                        Record record = result.next();
                        rows.accept(column -> {
                            var value = record.get(column);
                            return value.isNull() ? null : value.asObject();
                        });
                    }
                });
                return null;
            });
        }
    }
}
