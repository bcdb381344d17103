package org.contextmap.network;

import java.util.List;

import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NeedToKnow.Fact;
import org.contextmap.base.NeedToKnow.Reach;
import org.contextmap.person.RecordAccess;
import org.springframework.stereotype.Component;

/**
 * Who may see analytics over the whole network (centrality, clusters, bridges, group analytics,
 * GraphML and GEXF exports), and how its children are named (docs/access.md): the roles that reach
 * every child's network see names; an analyst sees stable pseudonyms for ids and names alike; roles
 * that reach only their own children do not see the whole network at all.
 */
@Component
public class AnalyticsAccess {

    /** How one reader sees children in whole-network analytics. */
    public record Reader(RecordAccess.Lens lens, boolean pseudonymised) {

        public String id(String personId) {
            return pseudonymised ? lens.name(personId, null) : personId;
        }

        public String name(String personId, String name) {
            return pseudonymised ? lens.name(personId, null) : name;
        }

        public List<String> ids(List<String> personIds) {
            return pseudonymised ? personIds.stream().map(this::id).toList() : personIds;
        }
    }

    private final RecordAccess access;

    AnalyticsAccess(RecordAccess access) {
        this.access = access;
    }

    /** The current reader, or {@link ForbiddenException} when their role does not see the whole network. */
    public Reader reader() {
        RecordAccess.Lens lens = access.lens();
        Reach reach = NeedToKnow.reach(lens.viewer(), Fact.NETWORK);
        if (reach != Reach.ALL && reach != Reach.PSEUDONYMISED) {
            throw new ForbiddenException("Your role does not give access to analytics over the whole network "
                    + "(see docs/access.md).");
        }
        return new Reader(lens, reach == Reach.PSEUDONYMISED);
    }
}
