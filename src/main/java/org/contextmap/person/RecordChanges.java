package org.contextmap.person;

import org.contextmap.base.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that announces a change of the records to the audit trail: an alert decision,
 * an import, an erasure under the retention rules. Call it after the change has been committed:
 * the audit entry then says what happened, not what was tried. Who made the change, in what role
 * and why is taken from {@link Viewer#current()}; the entry is on disk when this returns.
 */
@Component
public class RecordChanges {

    private final ApplicationEventPublisher events;

    RecordChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Records a change.
     *
     * @param personId the child concerned, or {@code null} for a change of many records (an import)
     * @param what     what changed, in a few words ({@code alert decision ALERT-12: NOT_NEEDED})
     */
    public void changed(String personId, String what, AuditAction action) {
        events.publishEvent(new PersonRecordChanged(personId, Viewer.current(), action, what));
    }
}
