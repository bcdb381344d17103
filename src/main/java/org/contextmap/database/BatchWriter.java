package org.contextmap.database;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs an {@code UNWIND $rows AS row …} statement over a list in batches, inside the caller's
 * transaction. Bulk writes go through here rather than one save per row: a query per row costs
 * a round trip and a plan lookup each, a batch costs one for thousands of rows.
 */
@Component
public class BatchWriter {

    /** Large enough to amortise the round trip, small enough to keep parameter maps modest. */
    public static final int BATCH_SIZE = 10_000;

    private final Neo4jClient client;

    BatchWriter(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Writes {@code items} as rows of {@code cypher}, which receives {@code $rows} (a list of
     * maps) and {@code $now} (the time of this write, for {@code recordedAt}).
     */
    public <T> WriteCounts write(String cypher, List<T> items, Function<T, Map<String, Object>> toRow) {
        WriteCounts counts = WriteCounts.NONE;
        OffsetDateTime now = OffsetDateTime.now();
        for (int start = 0; start < items.size(); start += BATCH_SIZE) {
            List<T> slice = items.subList(start, Math.min(items.size(), start + BATCH_SIZE));
            List<Map<String, Object>> rows = new ArrayList<>(slice.size());
            for (T item : slice) {
                rows.add(toRow.apply(item));
            }
            var summary = client.query(cypher).bind(rows).to("rows").bind(now).to("now").run();
            counts = counts.plus(WriteCounts.of(summary.counters()));
        }
        return counts;
    }
}
