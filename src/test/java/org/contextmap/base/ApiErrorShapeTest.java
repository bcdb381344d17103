package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Base64;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One API, one shape: every error of every mapping under {@code /api} — an unknown path, a method
 * the address does not take, a body of the wrong type, a parameter that is not a number or a date
 * or is too big for one — is {@code {error, detail}} JSON with a sentence, through the real server
 * (the container's error dispatch included), never Spring's default body or an HTML page. The
 * mappings are walked from the application itself, so a new endpoint is covered when it lands.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=false"})
class ApiErrorShapeTest {

    private static final String OVERSIZED = "99999999999999999999";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private record Endpoint(String path, Set<RequestMethod> methods, HandlerMethod handler) {
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api")) {
                    String path = pattern.replaceAll("\\{format:[^}]*}", "graphml").replaceAll("\\{[^}]*}", "X1");
                    endpoints.add(new Endpoint(path, entry.getKey().getMethodsCondition().getMethods(),
                            entry.getValue()));
                }
            }
        }
        assertThat(endpoints).as("the API's mappings").hasSizeGreaterThan(15);
        return endpoints;
    }

    @Test
    void anUnknownAddressIsA404InTheApisShape() throws Exception {
        for (String path : List.of("/api/nothing-here", "/api/people/X1/nothing", "/api/alerts/cases/more")) {
            assertShape(send("GET", path, null, null), 404, path);
        }
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsA405InTheApisShape() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            HttpResponse<String> answer = send("PATCH", endpoint.path(), null, null);
            assertShape(answer, 405, "PATCH " + endpoint.path());
        }
    }

    @Test
    void aBodyOfTheWrongTypeIsA415InTheApisShape() throws Exception {
        int posts = 0;
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.methods().contains(RequestMethod.POST) || endpoint.methods().contains(RequestMethod.PUT)) {
                String method = endpoint.methods().contains(RequestMethod.POST) ? "POST" : "PUT";
                HttpResponse<String> answer = send(method, endpoint.path(), "text/x-unknown", "a zip, named wrongly");
                assertShape(answer, 415, method + " " + endpoint.path());
                posts++;
            }
        }
        assertThat(posts).as("endpoints that take a body").isPositive();
    }

    @Test
    void everyBadParameterOfEveryEndpointIsA400InTheApisShape() throws Exception {
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.methods().contains(RequestMethod.GET)) {
                continue;
            }
            for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.getParameterType();
                if (param == null) {
                    continue;
                }
                String name = param.name().isEmpty() ? (param.value().isEmpty() ? parameter.getParameterName()
                        : param.value()) : param.name();
                List<String> bad = switch (type.getSimpleName()) {
                    case "int", "Integer", "long", "Long" -> List.of(OVERSIZED, "ten", "-99999");
                    case "double", "Double" -> List.of("lots", "NaN-ish");
                    case "LocalDate" -> List.of("2026-13-45", "yesterday");
                    case "boolean", "Boolean" -> List.of("perhaps");
                    default -> List.of();
                };
                if (type == List.class) {
                    bad = List.of("2026-13-45");
                }
                for (String value : bad) {
                    String path = endpoint.path() + "?" + name + "=" + value;
                    HttpResponse<String> answer = send("GET", path, null, null);
                    if (value.equals("-99999") && answer.statusCode() == 404) {
                        continue; // a negative number may be valid; the unknown id X1 answers first
                    }
                    assertThat(answer.statusCode()).as("GET " + path).isIn(400, 404);
                    assertShape(answer, answer.statusCode(), "GET " + path);
                    checked++;
                }
            }
        }
        assertThat(checked).as("bad parameters tried").isGreaterThan(30);
    }

    private void assertShape(HttpResponse<String> answer, int status, String what) throws Exception {
        assertThat(answer.statusCode()).as(what + " status; body " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what + " content type")
                .startsWith("application/json");
        JsonNode body = json.readTree(answer.body());
        assertThat(body.path("error").asText()).as(what + " error").isNotBlank();
        assertThat(body.path("detail").asText()).as(what + " detail").isNotBlank().doesNotContain("Exception")
                .endsWith(".");
        assertThat(body.size()).as(what + " has only error and detail: " + answer.body()).isEqualTo(2);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
                .header("X-Purpose", "Automated test")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
