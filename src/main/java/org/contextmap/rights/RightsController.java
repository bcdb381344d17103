package org.contextmap.rights;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's and a parent's rights over the record: {@code GET /api/people/{id}/subject-access}
 * (JSON) and {@code …/subject-access.html} (a printable page), and the disputes and corrections of
 * {@code /api/people/{id}/rectifications}. Who may do what is decided in the services.
 */
@RestController
class RightsController {

    private final SubjectAccessService subjectAccess;
    private final Rectifications rectifications;

    RightsController(SubjectAccessService subjectAccess, Rectifications rectifications) {
        this.subjectAccess = subjectAccess;
        this.rectifications = rectifications;
    }

    @GetMapping(value = "/api/people/{id}/subject-access", produces = MediaType.APPLICATION_JSON_VALUE)
    SubjectAccess export(@PathVariable String id) {
        return subjectAccess.export(id);
    }

    @GetMapping("/api/people/{id}/subject-access.html")
    ResponseEntity<String> page(@PathVariable String id) {
        String html = SubjectAccessPage.of(subjectAccess.export(id));
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"subject-access-" + id.replaceAll("[^A-Za-z0-9_-]",
                        "_") + ".html\"")
                .header("Cache-Control", "no-store")
                .body(html);
    }

    @GetMapping("/api/people/{id}/rectifications")
    List<Rectification> list(@PathVariable String id) {
        return rectifications.of(id);
    }

    @PostMapping(path = "/api/people/{id}/rectifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Rectification> raise(@PathVariable String id, @RequestBody RectificationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(rectifications.raise(id, request));
    }
}
