package org.contextmap.person;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that announces a read of a child's record to the audit trail, as a
 * {@link PersonRecordsViewed} event. Every feature that shows something of one child — the
 * profile, the ego network, the risk explanation and ranking, the alerts — calls this instead of
 * publishing the event itself, so what a read records is decided here and nowhere else. The event
 * is handled before the call returns, in the reader's thread: a read is never shown without its
 * audit entry being written.
 */
@Component
public class RecordViews {

    private final ApplicationEventPublisher events;

    RecordViews(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Someone read a child's record.
     *
     * @param viewer  who: the signed-in user's name, or {@code anonymous}
     * @param channel where: {@code api} or {@code ui}
     */
    public void viewed(String personId, String viewer, String channel) {
        events.publishEvent(new PersonRecordsViewed(List.of(personId), viewer, channel));
    }

    /** Someone read these children's records together (a ranked list with reasons): one audit write for all. */
    public void viewedAll(List<String> personIds, String viewer, String channel) {
        if (!personIds.isEmpty()) {
            events.publishEvent(new PersonRecordsViewed(List.copyOf(personIds), viewer, channel));
        }
    }
}
