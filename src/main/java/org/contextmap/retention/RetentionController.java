package org.contextmap.retention;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/retention} (administrators and auditors: what a run would remove, as counts) and
 * {@code POST /api/retention/run} (administrators: remove it now). {@code asOf} defaults to today.
 */
@RestController
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping("/api/retention")
    RetentionReport preview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return retention.preview(asOf);
    }

    /** The day may come as {@code ?asOf=} or in an optional JSON body {@code {"asOf": "2026-12-01"}}. */
    @PostMapping(path = "/api/retention/run", consumes = MediaType.APPLICATION_JSON_VALUE)
    RetentionReport run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestBody(required = false) Run body) {
        return retention.run(asOf != null ? asOf : body == null ? null : body.asOf());
    }

    /** The optional body of a run. */
    record Run(LocalDate asOf) {
    }
}
