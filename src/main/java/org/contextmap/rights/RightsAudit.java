package org.contextmap.rights;

import org.contextmap.base.Viewer;
import org.contextmap.person.AuditAction;
import org.contextmap.person.RecordChanges;
import org.contextmap.person.RecordViews;
import org.springframework.stereotype.Component;

/**
 * The one place where this feature tells the audit trail what it did with a child's record: a
 * subject-access export (action EXPORT, what "subject-access export") and a dispute or correction
 * entered (action CHANGE, what "rectification …").
 */
@Component
class RightsAudit {

    static final String EXPORT = "subject-access export";
    static final String RECTIFICATION = "rectification";

    private final RecordViews views;
    private final RecordChanges changes;

    RightsAudit(RecordViews views, RecordChanges changes) {
        this.views = views;
        this.changes = changes;
    }

    /** Everything held about the child was exported for a subject-access request. */
    void exported(String personId, Viewer viewer) {
        views.exported(personId, EXPORT);
    }

    /** A fact of the child's record was disputed or corrected. */
    void rectified(String personId, Viewer viewer) {
        changes.changed(personId, RECTIFICATION, AuditAction.CHANGE);
    }
}
