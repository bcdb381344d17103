package org.contextmap.casework;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.Agency;

/** A multi-agency meeting about a young person, a peer group or a place, and who attended. */
public record Meeting(
        String id,
        MeetingKind kind,
        LocalDate heldOn,
        String personId,
        String groupId,
        String locationId,
        List<Agency> agencies) {

    public Meeting {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
