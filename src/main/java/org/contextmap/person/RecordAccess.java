package org.contextmap.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.contextmap.base.Agency;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow.Fact;
import org.contextmap.base.NeedToKnow.Reach;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.database.GraphVersion;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Need to know for one child's record (docs/access.md): whether the viewer may open it, and how
 * every other child in what they are shown is named — by name, or by a stable pseudonym when the
 * viewer's role does not reach that child. Every feature that shows children asks this, so the rule
 * lives in one place and holds for screens, API and exports alike.
 *
 * <p>"Own" children: for an education user, the pupils of the schools they are tied to; for health
 * and the voluntary sector, the children their agency referred or met about.
 */
@Service
public class RecordAccess {

    /** How one viewer sees children: who they may open, and what each child is called. */
    public interface Lens {

        /** May open this child's record. */
        boolean opens(String personId);

        /** Sees this child's name (else a pseudonym). */
        boolean names(String personId);

        /** The child's name, or their pseudonym. */
        String name(String personId, String name);

        /** The child's id, or their pseudonym when the viewer sees only pseudonyms. */
        String id(String personId);

        /** The id to show for a child: their id when the viewer sees their name, else their pseudonym. */
        default String shownId(String personId) {
            return names(personId) ? id(personId) : name(personId, null);
        }

        /** Sees police-sourced summaries and restricted facts. */
        boolean restricted();

        /** The viewer this lens is for. */
        Viewer viewer();

        /** The ids of the records the viewer may open, or {@code null} when they may open every record. */
        Set<String> openableOrAll();

        /**
         * What this lens shows by name, as a key: two lenses with the same scope name and hide the
         * same children, so what is worked out for one (the names to scrub) serves the other.
         */
        String scope();
    }

    /** The own children of one set of schools and agencies, as of a data version. */
    private record Own(String key, long version, Set<String> ids) {
    }

    /** More sets of schools and agencies than a partnership has: past it, the kept ones are dropped. */
    private static final int OWN_KEPT = 1_000;

    private final Neo4jClient client;
    private final Pseudonyms pseudonyms;
    private final GraphVersion versions;
    private final Map<String, Own> own = new ConcurrentHashMap<>();
    private final Map<String, Object> reading = new ConcurrentHashMap<>();

    RecordAccess(Neo4jClient client, Pseudonyms pseudonyms, GraphVersion versions) {
        this.client = client;
        this.pseudonyms = pseudonyms;
        this.versions = versions;
    }

    /** The lens of the person behind the current request. */
    public Lens lens() {
        return lens(Viewer.current());
    }

    public Lens lens(Viewer viewer) {
        Reach records = NeedToKnow.reach(viewer, Fact.RECORDS);
        Reach names = NeedToKnow.reach(viewer, Fact.NAMES);
        Own owned = records == Reach.OWN || names == Reach.OWN ? ownChildren(viewer) : null;
        Set<String> ownIds = owned == null ? Set.of() : owned.ids();
        String scope = records + "|" + names + (owned == null ? "" : "|" + owned.key() + "@" + owned.version());
        Predicate<String> own = ownIds::contains;
        boolean restricted = NeedToKnow.reach(viewer, Fact.RESTRICTED) == Reach.ALL;
        return new Lens() {
            @Override
            public boolean opens(String personId) {
                return records == Reach.ALL || records == Reach.OWN && own.test(personId);
            }

            @Override
            public boolean names(String personId) {
                return names == Reach.ALL || names == Reach.OWN && (own.test(personId) || records == Reach.ALL);
            }

            @Override
            public String name(String personId, String name) {
                return names(personId) ? name : pseudonyms.of(personId);
            }

            @Override
            public String id(String personId) {
                return names == Reach.PSEUDONYMISED ? pseudonyms.of(personId) : personId;
            }

            @Override
            public boolean restricted() {
                return restricted;
            }

            @Override
            public Viewer viewer() {
                return viewer;
            }

            @Override
            public Set<String> openableOrAll() {
                return records == Reach.ALL ? null : records == Reach.OWN ? ownIds : Set.of();
            }

            @Override
            public String scope() {
                return scope;
            }
        };
    }

    /**
     * Throws {@link ForbiddenException} unless the current viewer may open this child's record.
     * Call it before reading anything of the record.
     */
    public Lens requireOpen(String personId) {
        Lens lens = lens();
        if (!lens.opens(personId)) {
            throw new ForbiddenException(NeedToKnow.reach(lens.viewer(), Fact.RECORDS) == Reach.NONE
                    ? "Your role does not open young people's records (see docs/access.md)."
                    : "This young person's record is not open to your role: it is limited to the children your "
                    + "agency works with (see docs/access.md).");
        }
        return lens;
    }

    /**
     * The children a viewer's role reaches as its own (its schools' pupils, its agency's cases): read
     * once per data version for each set of schools and agencies and kept, since every request of a
     * school or health user asks (a school covering the whole city reaches thousands of pupils).
     * Only bundles change who attends a school or was referred or met about, and each bumps the
     * {@link GraphVersion}.
     */
    private Own ownChildren(Viewer viewer) {
        Set<String> schools = viewer.has(Role.EDUCATION) ? viewer.schools() : Set.of();
        List<String> agencies = viewer.roles().stream()
                .filter(role -> NeedToKnow.reach(role, Fact.RECORDS) == Reach.OWN && role != Role.EDUCATION)
                .map(Role::agency).map(Agency::name).sorted().toList();
        String key = new TreeSet<>(schools) + "|" + agencies;
        long version = versions.current();
        Own kept = own.get(key);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        synchronized (reading.computeIfAbsent(key, k -> new Object())) { // after an import, one read per school
            kept = own.get(key);
            if (kept != null && kept.version() == version) {
                return kept;
            }
            Set<String> ids = readOwnChildren(schools, agencies);
            if (own.size() > OWN_KEPT) {
                own.clear();
                reading.clear();
            }
            Own read = new Own(key, version, ids);
            own.put(key, read);
            return read;
        }
    }

    private Set<String> readOwnChildren(Set<String> schools, List<String> agencies) {
        return Set.copyOf(client.query("""
                CALL (*) {
                  MATCH (p:YoungPerson)-[:ATTENDS]->(s:Location)
                  WHERE '*' IN $schools OR s.id IN $schools
                  RETURN p.id AS id
                  UNION
                  MATCH (p:YoungPerson)<-[:ABOUT]-(r:Referral) WHERE r.fromAgency IN $agencies
                  RETURN p.id AS id
                  UNION
                  MATCH (p:YoungPerson)<-[:ABOUT]-(m:Meeting) WHERE any(a IN m.agencies WHERE a IN $agencies)
                  RETURN p.id AS id
                }
                RETURN id
                """).bind(List.copyOf(schools)).to("schools").bind(agencies).to("agencies")
                .fetchAs(String.class).all());
    }

    /** The ids of these a viewer may open. */
    public List<String> openable(Lens lens, Collection<String> personIds) {
        return personIds.stream().filter(lens::opens).toList();
    }
}
