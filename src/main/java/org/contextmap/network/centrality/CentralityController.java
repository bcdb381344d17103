package org.contextmap.network.centrality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.PageRequest;
import org.contextmap.base.TimeLimit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/analytics/centrality} and {@code /api/analytics/groups}: every young person's score
 * for one centrality measure, and the peer groups' place in the group graph. Clusters and bridges
 * are served beside them by the cluster analytics.
 */
@RestController
@RequestMapping("/api/analytics")
class CentralityController {

    /** A page of a centrality holds a thousand people unless asked otherwise; a script may take a whole city. */
    static final int DEFAULT_SIZE = 1_000;
    static final int MAX_SIZE = 1_000_000;

    private final CentralityService analytics;
    private final GroupAnalytics groups;
    private final TimeLimit timeLimit;

    CentralityController(CentralityService analytics, GroupAnalytics groups, TimeLimit timeLimit) {
        this.timeLimit = timeLimit;
        this.analytics = analytics;
        this.groups = groups;
    }

    @GetMapping("/groups")
    GroupReport groups(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return timeLimit.within("the peer groups' centrality", () -> groups.groups(asOf));
    }

    @GetMapping("/centrality")
    CentralityReport centrality(@RequestParam(defaultValue = "degree") String metric,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Double epsilon, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer page) {
        Metric chosen = Metric.parse(metric);
        if (chosen == null) {
            throw new BadRequestException("Unknown metric '" + metric + "'. Choose one of: "
                    + Arrays.stream(Metric.values()).map(m -> m.name().toLowerCase()).collect(Collectors.joining(", "))
                    + ".");
        }
        if (epsilon != null && (chosen != Metric.BETWEENNESS || !(epsilon >= 0.02 && epsilon <= 0.5))) {
            throw new BadRequestException("epsilon is the error of sampled betweenness: give it only with "
                    + "metric=betweenness, between 0.02 and 0.5 (smaller errors need more samples than an exact "
                    + "computation would cost).");
        }
        PageRequest request = PageRequest.of(page, size, limit, DEFAULT_SIZE, MAX_SIZE);
        return timeLimit.within("the centrality", () -> analytics.centrality(chosen, asOf, epsilon, request));
    }
}
