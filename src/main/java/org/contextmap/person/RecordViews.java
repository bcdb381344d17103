package org.contextmap.person;

import java.util.List;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that announces a read of a child's record to the audit trail, as a
 * {@link PersonRecordsViewed} event. Every feature that shows something of one child — the
 * profile, the ego network, the risk explanation and ranking, the alerts — calls this instead of
 * publishing the event itself, so what a read records is decided here and nowhere else. Who reads,
 * in what roles, why and through which channel come from {@link Viewer#current()}.
 *
 * <p>Call it before the data is returned: a read through the API without a purpose of access (the
 * {@code X-Purpose} header) is refused here with a 400, and the entry of an allowed read is on disk
 * when the call returns, so a read is never shown without its audit entry. The application's own
 * work ({@link Viewer#SYSTEM}) and the screens (which ask for the purpose once per sign-in) are
 * not asked for the header.
 */
@Component
public class RecordViews {

    static final String NO_PURPOSE = "Say why you are reading this record: send the X-Purpose header with your "
            + "purpose of access, for example \"X-Purpose: strategy discussion for YP1\". Every read of a "
            + "child's record is logged with who read it and why.";

    private final ApplicationEventPublisher events;

    RecordViews(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * The current reader read part of a child's record.
     *
     * @param what what was read, in a word or two: {@code profile}, {@code risk}, {@code network}, {@code alerts}
     * @throws BadRequestException when read through the API without a purpose of access
     */
    public void viewed(String personId, String what) {
        announce(List.of(personId), AuditAction.READ, what);
    }

    /**
     * The current reader read these children's records together (a ranked list with reasons): one
     * commit for all their entries.
     */
    public void viewedAll(List<String> personIds, String what) {
        Viewer viewer = permitted();
        if (!personIds.isEmpty()) {
            events.publishEvent(new PersonRecordsViewed(personIds, viewer, AuditAction.READ, what));
        }
    }

    /**
     * The current reader took records out of the application: a bundle, a network file, a subject
     * access export ({@code personId} {@code null} when it is everyone's).
     */
    public void exported(String personId, String what) {
        announce(personId == null ? List.of() : List.of(personId), AuditAction.EXPORT, what);
    }

    /**
     * Someone read a child's record.
     *
     * @deprecated who and how now come from {@link Viewer#current()}; use {@link #viewed(String, String)}
     */
    @Deprecated
    public void viewed(String personId, String viewer, String channel) {
        viewed(personId, "record");
    }

    /** @deprecated use {@link #viewedAll(List, String)} */
    @Deprecated
    public void viewedAll(List<String> personIds, String viewer, String channel) {
        viewedAll(personIds, "record");
    }

    /**
     * Refuses a read through the API that does not say why. Callers may call this before doing the
     * work of a read; {@link #viewed} calls it anyway.
     */
    public static Viewer permitted() {
        Viewer viewer = Viewer.current();
        if ("api".equals(viewer.channel()) && (viewer.purpose() == null || viewer.purpose().isBlank())) {
            throw new BadRequestException(NO_PURPOSE);
        }
        return viewer;
    }

    private void announce(List<String> personIds, AuditAction action, String what) {
        events.publishEvent(new PersonRecordsViewed(personIds, permitted(), action, what));
    }
}
