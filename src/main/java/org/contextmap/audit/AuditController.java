package org.contextmap.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.contextmap.base.ApiError;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.PageRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code GET /api/audit} (the trail, filtered and paged), {@code GET /api/audit/verify} (the hash
 * chain checked) and {@code GET /api/people/{id}/audit} (who has looked at a child's record), for
 * auditors and administrators; the role check is in {@link AuditTrail}.
 */
@RestController
class AuditController {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1_000;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** The readers of a child's record and one page of the entries about them. */
    record ChildAudit(String personId, List<Readers.Reader> readers, List<AuditTrail.Entry> entries, int page,
            int size, long total) {
    }

    /**
     * One page of the entries, newest first; {@code from} and {@code to} are dates (a whole day,
     * both included) or ISO date-times ({@code to} excluded).
     */
    @GetMapping("/api/audit")
    ResponseEntity<List<AuditTrail.Entry>> entries(@RequestParam(required = false) String personId,
            @RequestParam(required = false) String user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        Instant start = time("from", from, false);
        Instant end = time("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadRequestException("from must be before to.");
        }
        AuditTrail.Found found = trail.search(blankToNull(personId), blankToNull(user), start, end, request);
        return request.response(found.entries(), found.total());
    }

    @GetMapping("/api/audit/verify")
    Verification verify() {
        return trail.verify();
    }

    @GetMapping("/api/people/{id}/audit")
    ChildAudit child(@PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        Readers readers = trail.whoRead(id);
        return new ChildAudit(id, readers.readers(), request.slice(readers.entries()), request.page(), request.size(),
                readers.entries().size());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date (its start, or with {@code end} the start of the next day) or an ISO date-time. */
    static Instant time(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " is \"" + value + "\"; expected a date such as 2026-03-01 or a "
                    + "date-time such as 2026-03-01T09:30:00Z.");
        }
    }

    /** A read whose audit entry cannot be written is refused: 503 with a sentence. */
    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class AuditUnavailable {

        @ExceptionHandler(AuditUnavailableException.class)
        ResponseEntity<ApiError> unavailable(AuditUnavailableException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ApiError("Audit trail unavailable", e.getMessage()));
        }
    }
}
