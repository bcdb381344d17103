package org.contextmap.person;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/people}: the young people, found by name or id and paged like every list of the
 * API; {@code GET /api/people/{id}}: a young person's whole record.
 */
@RestController
@RequestMapping("/api/people")
class PersonController {

    private final ProfileService profiles;
    private final PersonService people;

    PersonController(ProfileService profiles, PersonService people) {
        this.profiles = profiles;
        this.people = people;
    }

    /**
     * One page of the young people whose name or id contains {@code q} (all when empty), by
     * {@code sort} (name, age or home_area) and then by id; the paging is in the headers.
     */
    @GetMapping
    ResponseEntity<List<PersonSummary>> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "true") boolean ascending,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, 100, 1_000);
        PeopleQuery.Sort by;
        try {
            by = PeopleQuery.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown sort '" + sort + "'. Choose one of: name, age, home_area.");
        }
        long total = people.count(new PeopleQuery(q, by, ascending, 0, 1));
        int offset = (int) Math.min((long) request.page() * request.size(), Integer.MAX_VALUE);
        return request.response(people.search(new PeopleQuery(q, by, ascending, offset, request.size())), total);
    }

    @GetMapping("/{id}")
    PersonProfile profile(@PathVariable String id, Principal principal) {
        String viewer = principal == null ? "anonymous" : principal.getName();
        return profiles.profile(id, viewer, "api")
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + id + "."));
    }
}
