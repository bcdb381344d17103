package org.contextmap.exchange;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Generated requests to the HTTP API that must each get a clean 4xx: malformed JSON bodies for a
 * decision on an alert, bodies larger than allowed, and on every GET endpoint that takes
 * parameters, each parameter 10,000 characters long and each typed parameter holding an injection
 * string. The endpoints and their parameters are those of docs and README (DESIGN §4.2).
 *
 * @see HostileInputTest
 */
final class BadRequests {

    /** A request, and a payload that its refusal may quote back. */
    record Bad(String name, MockHttpServletRequestBuilder request, String payload) {
    }

    /** Every GET endpoint that takes parameters, with its parameters; typed ones (dates, numbers) marked {@code #}. */
    static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/people", List.of("q", "sort", "ascending#", "page#", "size#")),
            Map.entry("/api/people/YP1/risk", List.of("asOf#", "limit#", "lines#")),
            Map.entry("/api/risk", List.of("asOf#", "limit#", "size#", "page#")),
            Map.entry("/api/groups/tensions", List.of("asOf#", "limit#", "size#", "page#", "incidents#")),
            Map.entry("/api/risk/back-test", List.of("cuts#")),
            Map.entry("/api/risk/fit", List.of("to#")),
            Map.entry("/api/alerts", List.of("asOf#", "code", "personId", "groupId", "agency", "priority",
                    "includeDecided#", "page#", "size#")),
            Map.entry("/api/alerts/cases", List.of("asOf#", "code", "groupId", "agency", "priority", "page#", "size#")),
            Map.entry("/api/people/YP1/alerts", List.of("asOf#")),
            Map.entry("/api/export/graphml", List.of("asOf#", "metrics")),
            Map.entry("/api/export/gexf", List.of("asOf#", "metrics")),
            Map.entry("/api/people/YP1/network", List.of("hops#", "limit#", "asOf#")),
            Map.entry("/api/analytics/groups", List.of("asOf#")),
            Map.entry("/api/analytics/centrality", List.of("metric", "asOf#", "epsilon#", "limit#", "size#", "page#")),
            Map.entry("/api/analytics/clusters", List.of("asOf#")),
            Map.entry("/api/analytics/bridges", List.of("asOf#", "limit#")),
            Map.entry("/api/hotspots", List.of("from#", "to#", "limit#", "size#", "page#", "cells#")),
            Map.entry("/api/locations/P1/risk", List.of("from#", "to#")),
            Map.entry("/api/schools/S1/location-risk", List.of("from#", "to#")),
            Map.entry("/api/imports", List.of()));

    private BadRequests() {
    }

    static List<Bad> all() {
        List<Bad> all = new ArrayList<>();
        String huge = "9".repeat(10_000);
        ENDPOINTS.forEach((path, parameters) -> {
            for (String parameter : parameters) {
                String name = parameter.replace("#", "");
                all.add(new Bad("GET " + path + "?" + name + "=(10,000 characters)", get(path).param(name, huge), null));
                if (parameter.endsWith("#")) {
                    String payload = BadBundles.INJECTIONS.get(all.size() % 4);
                    all.add(new Bad("GET " + path + "?" + name + "=" + payload, get(path).param(name, payload), payload));
                }
            }
        });
        for (String path : List.of("/api/people/%s", "/api/people/%s/risk", "/api/people/%s/network",
                "/api/people/%s/alerts", "/api/locations/%s/risk", "/api/schools/%s/location-risk")) {
            all.add(new Bad("GET " + path.formatted("(10,000 characters)"), get(path.formatted("Y".repeat(10_000))), null));
            for (String payload : List.of("' OR 1=1 //", "}) DETACH DELETE n //", "<script>alert(1)</script>")) {
                all.add(new Bad("GET " + path.formatted(payload), get(path.formatted("{id}"), payload), payload));
            }
        }
        all.add(new Bad("GET /api/locations/risk-near?lat=(10,000 characters)",
                get("/api/locations/risk-near").param("lat", huge).param("lon", "0"), null));
        all.add(new Bad("GET /api/locations/risk-near?lat=' OR 1=1",
                get("/api/locations/risk-near").param("lat", "' OR 1=1").param("lon", "0"), "' OR 1=1"));
        all.add(new Bad("GET /api/locations/risk-near without lat", get("/api/locations/risk-near").param("lon", "0"), null));
        all.add(new Bad("POST /api/imports?dryRun=(10,000 characters)", post("/api/imports").param("dryRun", huge)
                .contentType("application/zip").content(new byte[0]), null));
        all.add(new Bad("POST /api/imports?dryRun=maybe", post("/api/imports").param("dryRun", "maybe")
                .contentType("application/zip").content(new byte[0]), null));
        all.add(new Bad("POST /api/imports as text", post("/api/imports").contentType("text/plain")
                .content("id,name\nYP1,Amira\n"), null));
        all.add(new Bad("POST /api/imports as JSON", post("/api/imports").contentType("application/json")
                .content("{\"young_people\": []}"), null));
        decisions(all);
        return all;
    }

    private static void decisions(List<Bad> all) {
        List<String> bodies = List.of("", "{", "}", "{\"decision\":", "{\"decision\": \"ACCEPTED\", \"reason\": ",
                "[]", "\"ACCEPTED\"", "null", "42", "{\"decision\": [\"ACCEPTED\"]}", "{\"decision\": {\"a\": 1}}",
                "{'decision': 'ACCEPTED'}", "{\"decision\": \"ACCEPTED\" /* comment */}", "{\"decision\": NaN}",
                "{\"decision\": 1e99999999}", "{\"decision\": \"\\uD800\"", "{\"decision\": \"ACCEPTED\",}",
                "{\"decision\": \"ACCEPTED\"}{\"decision\": \"ACCEPTED\"}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"decision\": \"' OR 1=1 //\", \"reason\": \"x\"}",
                "{\"decision\": \"}) DETACH DELETE n //\", \"reason\": \"x\", \"decidedBy\": \"x\"}",
                "{\"decision\": \"\u0000\"}", "<decision>ACCEPTED</decision>",
                "{\"decision\": \"ACCEPTED\", \"reason\": \"" + "r".repeat(70_000) + "\"}");
        for (String body : bodies) {
            String shown = body.length() > 40 ? body.substring(0, 40) + "… (" + body.length() + " characters)" : body;
            all.add(new Bad("POST decision " + shown, post("/api/alerts/A-1/decision").contentType("application/json")
                    .content(body.getBytes(StandardCharsets.UTF_8)), body.length() < 200 ? body : null));
        }
        all.add(new Bad("POST decision in invalid UTF-8", post("/api/alerts/A-1/decision")
                .contentType("application/json").content(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}), null));
        all.add(new Bad("POST decision as text", post("/api/alerts/A-1/decision").contentType("text/plain")
                .content("ACCEPTED"), null));
        all.add(new Bad("POST decision for an alert of 10,000 characters", post("/api/alerts/" + "A".repeat(10_000)
                + "/decision").contentType("application/json").content("{\"decision\":\"ACKNOWLEDGED\",\"reason\":\"x\",\"decidedBy\":\"x\"}"), null));
        all.add(new Bad("POST decision for an unknown alert", post("/api/alerts/{id}/decision", "}) DETACH DELETE n //")
                .contentType("application/json")
                .content("{\"decision\": \"ACKNOWLEDGED\", \"reason\": \"x\", \"decidedBy\": \"x\"}"), "}) DETACH DELETE n //"));
    }
}
