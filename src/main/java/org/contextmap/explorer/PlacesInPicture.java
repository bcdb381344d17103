package org.contextmap.explorer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.contextmap.base.NeedToKnow;
import org.contextmap.person.RecordAccess;
import org.contextmap.place.IncidentPlace;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Service;

/**
 * The places drawn beside the people of a network: where incidents involving them happened in the
 * twelve months up to the day shown, the busiest places first. A network is about people, but
 * contextual safeguarding plans for places too (the park where two rival groups meet), and a place
 * several of them were harmed at is what a place plan starts from. Cut to the reader's need to
 * know as the incidents are: nothing for a role that does not see incidents or place risk, and
 * for a role that reaches only its own children, only those children's incidents.
 */
@Service
public class PlacesInPicture {

    /** At most so many places are drawn: the picture is about the people. */
    public static final int MAX_PLACES = 8;

    /**
     * @param links one per young person and place
     * @param note  a sentence on what is left out, or {@code null}
     */
    public record Shown(List<IncidentPlace> links, String note) {
    }

    private final PlaceService places;
    private final RecordAccess access;

    PlacesInPicture(PlaceService places, RecordAccess access) {
        this.places = places;
        this.access = access;
    }

    public Shown of(Collection<String> personIds, LocalDate asOf) {
        RecordAccess.Lens lens = access.lens();
        NeedToKnow.Reach reach = NeedToKnow.reach(lens.viewer(), NeedToKnow.Fact.INCIDENTS);
        if (reach == NeedToKnow.Reach.NONE || !NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.PLACES)) {
            return new Shown(List.of(), "Places are not drawn: your role does not give access to incidents and "
                    + "place risk.");
        }
        List<String> ids = reach == NeedToKnow.Reach.OWN ? personIds.stream().filter(lens::opens).toList()
                : List.copyOf(personIds);
        LocalDate to = asOf == null ? LocalDate.now() : asOf;
        return new Shown(places.incidentPlaces(ids, to.minusMonths(12), to, MAX_PLACES),
                reach == NeedToKnow.Reach.OWN ? "Places are drawn only from the incidents of the young people your "
                        + "role works with." : null);
    }
}
