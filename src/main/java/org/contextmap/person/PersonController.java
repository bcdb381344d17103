package org.contextmap.person;

import java.security.Principal;
import org.contextmap.base.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/people/{id}}: a young person's whole record. */
@RestController
@RequestMapping("/api/people")
class PersonController {

    private final ProfileService profiles;

    PersonController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/{id}")
    PersonProfile profile(@PathVariable String id, Principal principal) {
        String viewer = principal == null ? "anonymous" : principal.getName();
        return profiles.profile(id, viewer, "api")
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + id + "."));
    }
}
