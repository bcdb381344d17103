package org.contextmap.rights;

import java.util.List;
import org.contextmap.person.ProfileRectification;
import org.contextmap.person.ProfileRectifications;
import org.springframework.stereotype.Component;

/** Puts a young person's disputes and corrections on their record ({@code GET /api/people/{id}}). */
@Component
class RectificationsOnTheRecord implements ProfileRectifications {

    private final RectificationStore store;

    RectificationsOnTheRecord(RectificationStore store) {
        this.store = store;
    }

    @Override
    public List<ProfileRectification> rectificationsOf(String personId) {
        return store.of(personId).stream().map(Rectification::onRecord).toList();
    }
}
