package org.contextmap.person;

import static org.contextmap.database.RecordValues.date;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.text;
import static org.contextmap.database.RecordValues.texts;

import java.util.List;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Pages through young people matching a search, for lists and grids. Kept apart from the reads of
 * whole records: a page shows a summary of each, and its query is assembled from the sort a
 * screen asks for, so that names of home areas are looked up for the page only.
 */
@Repository
class PeopleSearch {

    private static final String PEOPLE_MATCH = """
            MATCH (p:YoungPerson)
            WHERE ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(p.id) CONTAINS $text)
              AND ($only IS NULL OR p.id IN $only)
            """;

    private final Neo4jClient client;

    PeopleSearch(Neo4jClient client) {
        this.client = client;
    }

    private static final String HOME_AREA = """
            OPTIONAL MATCH (h:Location {id: p.homeArea})
            WITH p, coalesce(h.name, p.homeArea) AS homeArea
            """;

    List<PersonSummary> search(PeopleQuery query) {
        // Age sorts the opposite way to date of birth; the sort expression comes from an enum, never from input
        boolean descending = query.sortBy() == PeopleQuery.Sort.AGE ? query.ascending() : !query.ascending();
        String order = query.sortBy().expression + (descending ? " DESC" : " ASC") + ", p.id";
        // the name of the home area is looked up for the page only, unless the page is sorted by it
        boolean byHomeArea = query.sortBy() == PeopleQuery.Sort.HOME_AREA;
        String page = "WITH %s ORDER BY %s SKIP $offset LIMIT $limit\n".formatted(byHomeArea ? "p, homeArea" : "p", order);
        return List.copyOf(client.query(PEOPLE_MATCH + (byHomeArea ? HOME_AREA + page : page + HOME_AREA) + """
                OPTIONAL MATCH (p)-[:ATTENDS]->(s:Location)
                RETURN p, homeArea, s.name AS school,
                       COUNT { (p)-[:INVOLVED_IN {role: 'VICTIM'}]->(:Incident) } AS victimOf
                """)
                .bind(query.normalisedText()).to("text")
                .bind(query.only() == null ? null : List.copyOf(query.only())).to("only")
                .bind(query.offset()).to("offset")
                .bind(query.limit()).to("limit")
                .fetchAs(PersonSummary.class).mappedBy((types, record) -> {
                    var p = record.get("p");
                    return new PersonSummary(p.get("id").asString(), text(p.get("name")), date(p.get("dateOfBirth")),
                            text(record.get("homeArea")), text(record.get("school")),
                            enumeration(p.get("socialCareStatus"), SocialCareStatus.class), texts(p.get("flags")),
                            record.get("victimOf").asLong());
                }).all());
    }

    long count(PeopleQuery query) {
        return client.query(PEOPLE_MATCH + "RETURN count(p) AS n").bind(query.normalisedText()).to("text")
                .bind(query.only() == null ? null : List.copyOf(query.only())).to("only")
                .fetchAs(Long.class).one().orElse(0L);
    }
}
