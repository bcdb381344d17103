package org.contextmap.network.ego;

import java.security.Principal;
import java.time.LocalDate;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/people/{id}/network?hops=N}: a young person's ego network. */
@RestController
class EgoNetworkController {

    static final int MAX_HOPS = 4;
    static final int MAX_PEOPLE = 2_000;

    private final EgoNetworks networks;

    EgoNetworkController(EgoNetworks networks) {
        this.networks = networks;
    }

    @GetMapping("/api/people/{id}/network")
    EgoNetwork network(@PathVariable String id, @RequestParam(defaultValue = "2") int hops,
            @RequestParam(defaultValue = "300") int limit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Principal principal) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new BadRequestException("hops must be between 1 and " + MAX_HOPS + ".");
        }
        if (limit < 1 || limit > MAX_PEOPLE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PEOPLE + " people.");
        }
        return networks.around(id, hops, limit, asOf, principal == null ? "anonymous" : principal.getName(), "api")
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + id + "."));
    }
}
