package org.contextmap.hotspot;

import java.time.LocalDate;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.PageRequest;
import org.contextmap.base.TimeLimit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hotspots and location risk: {@code GET /api/hotspots},
 * {@code GET /api/locations/{id}/risk}, {@code GET /api/locations/risk-near?lat&lon} and
 * {@code GET /api/schools/{id}/location-risk}. Every period is {@code from..to} (both optional:
 * the last {@code contextmap.hotspots.period-days} to today); {@code asOf} is the same as {@code to}.
 */
@RestController
class HotspotController {

    /** The {@code from}, {@code to} and {@code asOf} query parameters; {@code asOf} stands for {@code to}. */
    record PeriodParameters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {

        LocalDate end() {
            return to != null ? to : asOf;
        }
    }

    private final HotspotService hotspots;
    private final TimeLimit timeLimit;

    HotspotController(HotspotService hotspots, TimeLimit timeLimit) {
        this.hotspots = hotspots;
        this.timeLimit = timeLimit;
    }

    @GetMapping("/api/hotspots")
    HotspotReports.Hotspots hotspots(PeriodParameters period, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "100") int cells) {
        if (cells < 0 || cells > 10_000) {
            throw new BadRequestException("cells must be between 0 and 10000.");
        }
        PageRequest request = PageRequest.of(page, size, limit, 50, 1_000);
        return timeLimit.within("the hotspots", () -> hotspots.hotspots(period.from(), period.end(), request, cells));
    }

    @GetMapping("/api/locations/{id}/risk")
    HotspotReports.AreaRisk place(@PathVariable String id, PeriodParameters period) {
        return hotspots.place(id, period.from(), period.end())
                .orElseThrow(() -> new NotFoundException("There is no location with id " + id + "."));
    }

    @GetMapping("/api/locations/risk-near")
    HotspotReports.AreaRisk near(@RequestParam double lat, @RequestParam double lon,
            @RequestParam(required = false) Integer radius, PeriodParameters period) {
        return hotspots.address(lat, lon, radius, period.from(), period.end());
    }

    @GetMapping("/api/schools/{id}/location-risk")
    HotspotReports.SchoolView school(@PathVariable String id, PeriodParameters period) {
        return hotspots.school(id, period.from(), period.end())
                .orElseThrow(() -> new NotFoundException("There is no school with id " + id + "."));
    }
}
