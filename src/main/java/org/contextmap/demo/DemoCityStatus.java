package org.contextmap.demo;

import java.util.Map;
import java.util.function.LongSupplier;
import org.contextmap.base.DataLoading;
import org.contextmap.database.EmbeddedNeo4j;
import org.neo4j.graphdb.Result;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How far the demo city is on a first start: about to start, generating, writing (an estimated
 * share), loaded, or failed with what to do. {@link DemoCityLoader} moves it along; the screens
 * and the HTTP API read it as {@link DataLoading}, so that no feature depends on the demo city.
 *
 * <p>The import reports nothing until it has finished, so the share written is estimated from the
 * nodes and relationships in the database (two reads of Neo4j's count store, at most twice a
 * second) against what a generated bundle of that many rows becomes: about
 * {@value #RECORDS_PER_ROW} of them per row. The estimate never shows more than 99 % before the
 * import has finished.
 */
@Component
public class DemoCityStatus implements DataLoading {

    static final String WHAT = "the demo city of Ashbury";

    /**
     * Nodes and relationships per row of a generated bundle: 1.35 for 500 people (15,088 for 11,183 rows),
     * 1.36 for 2,000 (61,284 for 45,120) and for 5,000 (152,146 for 112,140).
     */
    static final double RECORDS_PER_ROW = 1.36;

    private static final String ONCE = "This happens once, on the first start with an empty database, and usually "
            + "takes under a minute.";

    /** Share shown for generating the city, before anything is written. */
    static final int GENERATING_PERCENT = 3;

    private static final long COUNT_EVERY_NANOS = 500_000_000L;

    private final LongSupplier records;
    private final long countEveryNanos;
    private volatile Progress progress = Progress.NOTHING;
    private volatile Writing writing;

    /** The rows being written, from how many records the database held before, with the last estimate. */
    private record Writing(long rows, long recordsBefore, int percent, long countedAt) {
    }

    @Autowired
    DemoCityStatus(ObjectProvider<EmbeddedNeo4j> embedded) {
        this(() -> countRecords(embedded.getIfAvailable()), COUNT_EVERY_NANOS);
    }

    /**
     * @param records         the nodes and relationships in the database now, or -1 when they cannot be counted
     * @param countEveryNanos how long an estimate stands before the records are counted again
     */
    DemoCityStatus(LongSupplier records, long countEveryNanos) {
        this.records = records;
        this.countEveryNanos = countEveryNanos;
    }

    @Override
    public Progress progress() {
        Writing now = writing;
        return now == null ? progress : estimate(now);
    }

    /** The demo city will load as soon as the application has finished starting. */
    void expected() {
        set(new Progress(State.NOT_STARTED, WHAT, "Getting ready. " + ONCE, 0));
    }

    void nothingToLoad() {
        set(Progress.NOTHING);
    }

    void generating(int people) {
        set(new Progress(State.PREPARING, WHAT, String.format("Generating %,d young people, their families, schools, "
                + "places and two years of incidents. %s", people, ONCE), GENERATING_PERCENT));
    }

    void writing(long rows) {
        progress = new Progress(State.WRITING, WHAT, String.format("Writing %,d rows to the database. %s", rows, ONCE),
                GENERATING_PERCENT);
        writing = new Writing(rows, records.getAsLong(), GENERATING_PERCENT, System.nanoTime());
    }

    void loaded(long rows, long millis) {
        set(new Progress(State.LOADED, WHAT, String.format("%,d rows loaded in %.1f s", rows, millis / 1000.0), 100));
    }

    void failed(String problem) {
        set(new Progress(State.FAILED, WHAT, problem, 0));
    }

    /** The application stops before the city is loaded; the next start undoes what was written and loads it again. */
    void stopped() {
        set(new Progress(State.FAILED, WHAT, "The application is stopping before the demo city was loaded. "
                + "The next start undoes what was written of it and loads it again.", 0));
    }

    private void set(Progress next) {
        writing = null;
        progress = next;
    }

    private Progress estimate(Writing now) {
        long time = System.nanoTime();
        if (time - now.countedAt() >= countEveryNanos) {
            synchronized (this) {
                Writing current = writing;
                if (current != null && time - current.countedAt() >= countEveryNanos) {
                    long counted = records.getAsLong();
                    int percent = counted < 0 || current.recordsBefore() < 0 ? current.percent()
                            : percent(counted - current.recordsBefore(), current.rows());
                    current = new Writing(current.rows(), current.recordsBefore(),
                            Math.max(current.percent(), percent), time);
                    writing = current;
                }
                if (current != null) {
                    now = current;
                }
            }
        }
        Progress base = progress;
        return base.state() == State.WRITING ? new Progress(State.WRITING, WHAT, base.step(), now.percent()) : base;
    }

    /** Generating is the first few percent, writing the rest; 99 % at most until the import reports it is done. */
    static int percent(long recordsWritten, long rows) {
        double share = rows <= 0 ? 0 : Math.max(0, recordsWritten) / (rows * RECORDS_PER_ROW);
        return (int) Math.min(99, GENERATING_PERCENT + Math.round(share * (100 - GENERATING_PERCENT)));
    }

    private static long single(Result result) {
        return ((Number) result.next().get("c")).longValue();
    }

    private static long countRecords(EmbeddedNeo4j neo4j) {
        if (neo4j == null) {
            return -1;
        }
        try {
            // both answered from Neo4j's count store, without reading a node or a relationship
            var database = neo4j.database();
            return database.executeTransactionally("MATCH (n) RETURN count(n) AS c", Map.of(), DemoCityStatus::single)
                    + database.executeTransactionally("MATCH ()-[r]->() RETURN count(r) AS c", Map.of(),
                            DemoCityStatus::single);
        } catch (RuntimeException databaseNotAvailable) {
            return -1;
        }
    }
}
