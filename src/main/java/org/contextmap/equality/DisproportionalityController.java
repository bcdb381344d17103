package org.contextmap.equality;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/disproportionality?asOf=D}: analysts, auditors and administrators. */
@RestController
class DisproportionalityController {

    private final DisproportionalityService reports;

    DisproportionalityController(DisproportionalityService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/disproportionality")
    DisproportionalityReport report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.report(asOf);
    }
}
