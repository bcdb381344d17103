package org.contextmap.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps violence-reduction meetings as {@code ReductionMeeting} nodes, the meeting as JSON in
 * {@code body} beside the properties it is found by. Not bundle records: no import touches them.
 */
@Repository
class MeetingStore {

    private final Neo4jClient client;
    private final ObjectMapper json;

    MeetingStore(Neo4jClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Transactional
    void save(ReductionMeeting meeting) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", meeting.id());
        row.put("areaId", meeting.areaId() == null ? "" : meeting.areaId());
        row.put("heldOn", meeting.heldOn());
        row.put("body", json.writeValueAsString(meeting));
        client.query("""
                MERGE (m:ReductionMeeting {id: $id})
                SET m.areaId = $areaId, m.heldOn = $heldOn, m.body = $body
                """).bindAll(row).run();
    }

    @Transactional(readOnly = true)
    Optional<ReductionMeeting> find(String id) {
        return client.query("MATCH (m:ReductionMeeting {id: $id}) RETURN m.body AS body").bind(id).to("id")
                .fetchAs(String.class).one().map(body -> json.readValue(body, ReductionMeeting.class));
    }

    /** Every meeting, the latest held first. */
    @Transactional(readOnly = true)
    List<ReductionMeeting> all() {
        return client.query("MATCH (m:ReductionMeeting) RETURN m.body AS body ORDER BY m.heldOn DESC, m.id")
                .fetchAs(String.class).all().stream().map(body -> json.readValue(body, ReductionMeeting.class))
                .toList();
    }

    /** The day of the last meeting about the same area held before a day, if any. */
    @Transactional(readOnly = true)
    Optional<LocalDate> previous(String areaId, LocalDate before) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("areaId", areaId == null ? "" : areaId);
        parameters.put("before", before);
        return client.query("""
                MATCH (m:ReductionMeeting {areaId: $areaId}) WHERE m.heldOn < $before
                RETURN m.heldOn AS heldOn ORDER BY m.heldOn DESC LIMIT 1
                """).bindAll(parameters).fetchAs(LocalDate.class).one();
    }
}
