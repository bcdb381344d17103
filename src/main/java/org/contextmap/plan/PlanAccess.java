package org.contextmap.plan;

import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NeedToKnow.Fact;
import org.contextmap.base.NeedToKnow.Reach;
import org.contextmap.base.Viewer;
import org.contextmap.person.RecordAccess;
import org.springframework.stereotype.Component;

/**
 * Who may read and write plans (docs/access.md). A plan is casework: a child's plan goes with the
 * child's record (whoever may open the record and sees casework), a peer group's with the whole
 * network (as the group page), a place's with place risk. The same rule serves reading and
 * writing: a plan is made together by the agencies around the child, and every change is kept
 * with who made it. Analysts, auditors and housing do not see casework, so they see no plan.
 */
@Component
class PlanAccess {

    private final RecordAccess records;

    PlanAccess(RecordAccess records) {
        this.records = records;
    }

    /** Throws {@link ForbiddenException} unless the current viewer may read and write this subject's plans. */
    void require(PlanSubject subject, String subjectId) {
        Viewer viewer = Viewer.current();
        NeedToKnow.require(viewer, Fact.CASEWORK, "safety plans");
        switch (subject) {
            case PERSON -> records.requireOpen(subjectId);
            case GROUP -> {
                if (NeedToKnow.reach(viewer, Fact.NETWORK) != Reach.ALL) {
                    throw new ForbiddenException("A peer group's plan is for roles that see the whole network "
                            + "(see docs/access.md); a child's own plan is on their record.");
                }
            }
            case PLACE -> NeedToKnow.require(viewer, Fact.PLACES, "place plans");
        }
    }

    /**
     * For many plans at once (the tracker): which subjects the current viewer may see, deciding
     * with one lens. Throws {@link ForbiddenException} for a role that sees no casework.
     */
    java.util.function.BiPredicate<PlanSubject, String> visible() {
        Viewer viewer = Viewer.current();
        NeedToKnow.require(viewer, Fact.CASEWORK, "safety plans and their actions");
        RecordAccess.Lens lens = records.lens(viewer);
        boolean network = NeedToKnow.reach(viewer, Fact.NETWORK) == Reach.ALL;
        boolean places = NeedToKnow.sees(viewer, Fact.PLACES);
        return (subject, id) -> switch (subject) {
            case PERSON -> lens.opens(id);
            case GROUP -> network;
            case PLACE -> places;
        };
    }

    /** Whether the current viewer may read and write this subject's plans. */
    boolean allows(PlanSubject subject, String subjectId) {
        try {
            require(subject, subjectId);
            return true;
        } catch (ForbiddenException refused) {
            return false;
        }
    }
}
