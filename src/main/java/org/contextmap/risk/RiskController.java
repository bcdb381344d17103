package org.contextmap.risk;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.PageRequest;
import org.contextmap.base.TimeLimit;
import org.contextmap.risk.model.BackTest;
import org.contextmap.risk.model.HawkesFit;
import org.contextmap.risk.model.RiskBand;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retaliation risk (docs/risk-model.md): {@code GET /api/people/{id}/risk}, {@code GET /api/risk}
 * (optionally kept to a {@code band}, home {@code area}, {@code school} and peer {@code group}),
 * {@code GET /api/groups/tensions}, and the model checks {@code GET /api/risk/back-test} and
 * {@code GET /api/risk/fit}. Every {@code asOf} defaults to today.
 */
@RestController
class RiskController {

    static final int MAX_LIMIT = 1_000;

    private final RiskService risk;
    private final TimeLimit timeLimit;

    RiskController(RiskService risk, TimeLimit timeLimit) {
        this.risk = risk;
        this.timeLimit = timeLimit;
    }

    @GetMapping("/api/people/{id}/risk")
    RiskReports.PersonRisk person(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "5") int lines,
            Principal principal) {
        if (lines < 1 || lines > 50) {
            throw new BadRequestException("lines must be between 1 and 50.");
        }
        return risk.risk(id, asOf, limit(limit), lines, viewer(principal), "api")
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + id + "."));
    }

    @GetMapping("/api/risk")
    RiskReports.Ranking ranking(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) RiskBand band,
            @RequestParam(required = false) String area, @RequestParam(required = false) String school,
            @RequestParam(required = false) String group, Principal principal) {
        PageRequest request = PageRequest.of(page, size, limit, 50, MAX_LIMIT);
        String reader = viewer(principal);
        RankingFilter filter = new RankingFilter(band, area, school, group);
        return timeLimit.within("the ranked risk list",
                () -> risk.ranking(asOf, filter, request.page(), request.size(), reader, "api"));
    }

    @GetMapping("/api/groups/tensions")
    RiskReports.Tensions tensions(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "10") int incidents) {
        if (incidents < 0 || incidents > 100) {
            throw new BadRequestException("incidents must be between 0 and 100 per pair.");
        }
        PageRequest request = PageRequest.of(page, size, limit, 50, MAX_LIMIT);
        return timeLimit.within("the tensions between peer groups", () -> risk.tensions(asOf, request, incidents));
    }

    @GetMapping("/api/risk/back-test")
    BackTest.Report backTest(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            List<LocalDate> cuts) {
        List<LocalDate> dates = cuts == null || cuts.isEmpty() ? risk.defaultCuts() : cuts;
        if (dates.isEmpty()) {
            throw new BadRequestException("There are no harmful incidents to back-test on.");
        }
        if (dates.size() > 24) {
            throw new BadRequestException("At most 24 cut dates, not " + dates.size() + ".");
        }
        return timeLimit.within("the back-test", () -> risk.backTest(dates));
    }

    @GetMapping("/api/risk/fit")
    HawkesFit.Fit fit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return timeLimit.within("the model's fit", () -> risk.fit(to));
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    private static String viewer(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
