package org.contextmap.rights;

import org.contextmap.base.Viewer;
import org.contextmap.person.RecordViews;
import org.springframework.stereotype.Component;

/**
 * The one place where this feature tells the audit trail what it did with a child's record: a
 * subject-access export, and a dispute or correction entered. For now both go through the record's
 * read announcement ({@link RecordViews}) with a channel of their own ({@code api:subject-access},
 * {@code api:rectification}); when the audit trail takes actions of their own (EXPORT, CHANGE),
 * only this class changes.
 */
@Component
class RightsAudit {

    static final String EXPORT = "subject-access";
    static final String RECTIFICATION = "rectification";

    private final RecordViews views;

    RightsAudit(RecordViews views) {
        this.views = views;
    }

    /** Everything held about the child was exported for a subject-access request. */
    void exported(String personId, Viewer viewer) {
        views.viewed(personId, viewer.user(), viewer.channel() + ":" + EXPORT);
    }

    /** A fact of the child's record was disputed or corrected. */
    void rectified(String personId, Viewer viewer) {
        views.viewed(personId, viewer.user(), viewer.channel() + ":" + RECTIFICATION);
    }
}
