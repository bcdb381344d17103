package org.contextmap.network.cluster;

import java.time.LocalDate;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.TimeLimit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/analytics/clusters} and {@code /api/analytics/bridges}: the clusters found in the
 * network set against the recorded peer groups, and the people and ties that alone hold parts of
 * it together.
 */
@RestController
@RequestMapping("/api/analytics")
class ClusterController {

    private final ClusterAnalytics clusters;
    private final TimeLimit timeLimit;

    ClusterController(ClusterAnalytics clusters, TimeLimit timeLimit) {
        this.clusters = clusters;
        this.timeLimit = timeLimit;
    }

    @GetMapping("/clusters")
    ClusterReport clusters(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return timeLimit.within("the clusters", () -> clusters.clusters(asOf));
    }

    @GetMapping("/bridges")
    BridgeReport bridges(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1) {
            throw new BadRequestException("limit must be at least 1.");
        }
        return timeLimit.within("the bridges", () -> clusters.bridges(asOf, limit));
    }
}
