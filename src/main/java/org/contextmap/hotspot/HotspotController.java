package org.contextmap.hotspot;

import java.time.LocalDate;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hotspots and location risk (DESIGN §4.2): {@code GET /api/hotspots},
 * {@code GET /api/locations/{id}/risk}, {@code GET /api/locations/risk-near?lat&lon} and
 * {@code GET /api/schools/{id}/location-risk}. Every period is {@code from..to} (both optional:
 * the last {@code contextmap.hotspots.period-days} to today); {@code asOf} is the same as {@code to}.
 */
@RestController
class HotspotController {

    private final HotspotService hotspots;

    HotspotController(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @GetMapping("/api/hotspots")
    HotspotReports.Hotspots hotspots(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "100") int cells) {
        if (limit < 1 || limit > 1_000 || cells < 0 || cells > 10_000) {
            throw new BadRequestException("limit must be between 1 and 1000 and cells between 0 and 10000.");
        }
        return hotspots.hotspots(from, to != null ? to : asOf, limit, cells);
    }

    @GetMapping("/api/locations/{id}/risk")
    HotspotReports.AreaRisk place(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return hotspots.place(id, from, to != null ? to : asOf)
                .orElseThrow(() -> new NotFoundException("There is no location with id " + id + "."));
    }

    @GetMapping("/api/locations/risk-near")
    HotspotReports.AreaRisk near(@RequestParam double lat, @RequestParam double lon,
            @RequestParam(required = false) Integer radius,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return hotspots.address(lat, lon, radius, from, to != null ? to : asOf);
    }

    @GetMapping("/api/schools/{id}/location-risk")
    HotspotReports.SchoolView school(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return hotspots.school(id, from, to != null ? to : asOf)
                .orElseThrow(() -> new NotFoundException("There is no school with id " + id + "."));
    }
}
