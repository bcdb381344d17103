package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.person.RelationshipKind;

/**
 * Who knows whom: the KNOWS relationships, each row stored once for an unordered pair (at most
 * one row per pair, whatever the kind), with the smaller id first.
 *
 * <p>The network follows what is known of adolescent networks: ties form mostly within a school
 * year group, a neighbourhood and a peer group (homophily; McPherson, Smith-Lovin &amp; Cook
 * 2001), and friends of friends become friends (triadic closure), which gives the clustering that
 * community detection should find and that follows the recorded peer groups. Sociability is
 * log-normal, so a few young people have many ties and stand out in centrality. Co-offending
 * ties are dense inside the core of a group, as in the co-offending networks of Papachristos
 * (2009) and Green, Horel &amp; Papachristos (2017). Siblings are always linked; a few cousins,
 * partners, and associates across areas complete it. The number of rows is
 * {@code people × relationshipsPerPerson}.
 *
 * <p>Pairs are kept unique with a primitive {@link LongHashSet}; the rows live in int arrays,
 * so a million people with five million ties need a few hundred megabytes.
 */
final class SocialNetwork {

    private static final int FRIEND = RelationshipKind.FRIEND.ordinal();
    private static final int SIBLING = RelationshipKind.SIBLING.ordinal();
    private static final int FAMILY = RelationshipKind.FAMILY.ordinal();
    private static final int PARTNER = RelationshipKind.PARTNER.ordinal();
    private static final int CO_OFFENDER = RelationshipKind.CO_OFFENDER.ordinal();
    private static final int ASSOCIATE = RelationshipKind.ASSOCIATE.ordinal();
    private static final int YEAR = 365;

    private final Population people;
    private final PeerGroups groups;
    private final Geography map;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    private final IntList from;
    private final IntList to;
    private final IntList kindSourceConfidence;
    private final IntList since;
    private LongHashSet pairs;

    private final int[] cohortStart;
    private final int[] cohortMembers;
    private final int[] cohortOf;
    private final AliasTable sociable;
    private final int[] associated;

    private final Mix<Agency>[] sources;
    private final Mix<Confidence>[] confidences;

    /** Adjacency (compressed rows): the neighbours of p are adj[adjStart[p] … adjStart[p + 1] - 1]. */
    int[] adjStart;
    int[] adj;

    @SuppressWarnings("unchecked")
    SocialNetwork(DemoCitySpec spec, Population people, PeerGroups groups, Geography map, CityCalendar calendar,
            SplittableRandom random) {
        this.people = people;
        this.groups = groups;
        this.map = map;
        this.calendar = calendar;
        this.random = random;
        long target = spec.targetRelationships();
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, target + 16);
        from = new IntList(capacity);
        to = new IntList(capacity);
        kindSourceConfidence = new IntList(capacity);
        since = new IntList(capacity);
        pairs = new LongHashSet(target + 16);

        int n = people.size;
        int cohorts = (map.schools + map.areas) * 10;
        cohortOf = new int[n];
        cohortStart = new int[cohorts + 1];
        for (int p = 0; p < n; p++) {
            int block = people.school[p] >= 0 ? people.school[p] : map.schools + people.area[p];
            cohortOf[p] = block * 10 + Math.min(9, Math.max(0, people.age[p] - 10));
            cohortStart[cohortOf[p] + 1]++;
        }
        for (int c = 0; c < cohorts; c++) {
            cohortStart[c + 1] += cohortStart[c];
        }
        cohortMembers = new int[n];
        int[] fill = java.util.Arrays.copyOf(cohortStart, cohorts);
        for (int p = 0; p < n; p++) {
            cohortMembers[fill[cohortOf[p]]++] = p;
        }
        double[] weight = new double[n];
        IntList inGroups = new IntList();
        for (int p = 0; p < n; p++) {
            weight[p] = people.sociability[p] * (groups.groupOf[p] >= 0 ? 1.4 : 1.0);
            if (groups.groupOf[p] >= 0) {
                inGroups.add(p);
            }
        }
        sociable = new AliasTable(weight);
        associated = inGroups.toArray();

        sources = new Mix[RelationshipKind.values().length];
        confidences = new Mix[RelationshipKind.values().length];
        sources[FRIEND] = Mix.of(Agency.EDUCATION, 25).and(Agency.POLICE, 18).and(Agency.SOCIAL_CARE, 14)
                .and(Agency.YOUNG_PERSON, 16).and(Agency.PARENT_CARER, 13).and(Agency.VOLUNTARY, 8)
                .and(Agency.YOUTH_JUSTICE, 5).and(Agency.HEALTH, 1);
        confidences[FRIEND] = Mix.of(Confidence.CONFIRMED, 20).and(Confidence.PROBABLE, 40)
                .and(Confidence.POSSIBLE, 30).and(Confidence.UNVERIFIED, 10);
        sources[SIBLING] = Mix.of(Agency.SOCIAL_CARE, 40).and(Agency.EDUCATION, 30).and(Agency.HEALTH, 15)
                .and(Agency.PARENT_CARER, 15);
        confidences[SIBLING] = Mix.of(Confidence.CONFIRMED, 92).and(Confidence.PROBABLE, 8);
        sources[FAMILY] = Mix.of(Agency.PARENT_CARER, 40).and(Agency.SOCIAL_CARE, 30).and(Agency.YOUNG_PERSON, 20)
                .and(Agency.EDUCATION, 10);
        confidences[FAMILY] = Mix.of(Confidence.CONFIRMED, 50).and(Confidence.PROBABLE, 40)
                .and(Confidence.POSSIBLE, 10);
        sources[PARTNER] = Mix.of(Agency.YOUNG_PERSON, 30).and(Agency.PARENT_CARER, 20).and(Agency.EDUCATION, 20)
                .and(Agency.SOCIAL_CARE, 15).and(Agency.POLICE, 15);
        confidences[PARTNER] = Mix.of(Confidence.CONFIRMED, 30).and(Confidence.PROBABLE, 40)
                .and(Confidence.POSSIBLE, 25).and(Confidence.UNVERIFIED, 5);
        sources[CO_OFFENDER] = Mix.of(Agency.POLICE, 75).and(Agency.YOUTH_JUSTICE, 25);
        confidences[CO_OFFENDER] = Mix.of(Confidence.CONFIRMED, 50).and(Confidence.PROBABLE, 35)
                .and(Confidence.POSSIBLE, 15);
        sources[ASSOCIATE] = Mix.of(Agency.POLICE, 45).and(Agency.YOUTH_JUSTICE, 15).and(Agency.SOCIAL_CARE, 10)
                .and(Agency.EDUCATION, 10).and(Agency.VOLUNTARY, 10).and(Agency.YOUNG_PERSON, 5)
                .and(Agency.PARENT_CARER, 5);
        confidences[ASSOCIATE] = Mix.of(Confidence.PROBABLE, 25).and(Confidence.POSSIBLE, 45)
                .and(Confidence.UNVERIFIED, 30);

        build(target);
        pairs = null;
    }

    int size() {
        return from.size();
    }

    int personA(int edge) {
        return from.get(edge);
    }

    int personB(int edge) {
        return to.get(edge);
    }

    RelationshipKind kind(int edge) {
        return RelationshipKind.values()[kindSourceConfidence.get(edge) & 0xf];
    }

    Agency source(int edge) {
        return Agency.values()[(kindSourceConfidence.get(edge) >>> 4) & 0xf];
    }

    Confidence confidence(int edge) {
        return Confidence.values()[(kindSourceConfidence.get(edge) >>> 8) & 0xf];
    }

    long sinceDay(int edge) {
        return since.get(edge);
    }

    int degree(int person) {
        return adjStart[person + 1] - adjStart[person];
    }

    /** A random neighbour, or -1 when the person knows nobody. */
    int randomNeighbour(int person, SplittableRandom r) {
        int d = degree(person);
        return d == 0 ? -1 : adj[adjStart[person] + r.nextInt(d)];
    }

    private void build(long target) {
        long siblingPairs = 0;
        for (int f = 0; f < people.families; f++) {
            long k = people.familyStart[f + 1] - people.familyStart[f];
            siblingPairs += k * (k - 1) / 2;
        }
        double keepSiblings = siblingPairs <= target ? 1 : (double) target / siblingPairs;
        long room = Math.max(0, target - Math.min(siblingPairs, target));
        long cousins = Math.round(0.04 * people.size);
        long partners = Math.round(0.02 * people.size);
        long coOffenders = Math.min(Math.round(1.5 * associated.length), Math.round(0.1 * target));
        long acrossAreas = Math.round(0.06 * target);
        long others = cousins + partners + coOffenders + acrossAreas;
        if (others > 0.4 * room) {
            double scale = 0.4 * room / others;
            cousins = Math.round(cousins * scale);
            partners = Math.round(partners * scale);
            coOffenders = Math.round(coOffenders * scale);
            acrossAreas = Math.round(acrossAreas * scale);
        }
        siblings(keepSiblings, target);
        repeat(cousins, this::cousin);
        repeat(partners, this::partner);
        repeat(coOffenders, this::coOffender);
        repeat(acrossAreas, this::associate);
        long friends = target - size();
        repeat(Math.round(0.6 * friends), this::homophilousFriend);
        index();
        repeat(target - size(), this::friendOfFriend);
        repeat(target - size(), this::homophilousFriend);
        index();
    }

    /** Calls {@code step} until it has added {@code count} rows, giving up after many failed tries. */
    private void repeat(long count, java.util.function.BooleanSupplier step) {
        long added = 0;
        long attempts = 0;
        long limit = 30 * count + 1000;
        while (added < count && attempts++ < limit) {
            if (step.getAsBoolean()) {
                added++;
            }
        }
    }

    private void siblings(double keep, long target) {
        for (int f = 0; f < people.families; f++) {
            int first = people.familyStart[f];
            int last = people.familyStart[f + 1];
            for (int p = first; p < last; p++) {
                for (int q = p + 1; q < last; q++) {
                    if (size() < target && (keep >= 1 || Draw.chance(random, keep))) {
                        add(p, q, SIBLING, Math.max(people.birthDay[p], people.birthDay[q]));
                    }
                }
            }
        }
    }

    private boolean cousin() {
        int p = random.nextInt(people.size);
        int a = people.area[p];
        if (Draw.chance(random, 0.3)) {
            int[] near = map.nearestAreas[a];
            a = near[random.nextInt(near.length)];
        }
        int q = randomResident(a);
        if (q < 0 || people.familyOf[q] == people.familyOf[p]) {
            return false;
        }
        return add(p, q, FAMILY, Math.max(people.birthDay[p], people.birthDay[q]));
    }

    private boolean partner() {
        int p = random.nextInt(people.size);
        if (people.age[p] < 14) {
            return false;
        }
        int q = Draw.chance(random, 0.6) ? cohortPeer(p) : randomResident(people.area[p]);
        if (q < 0 || people.age[q] < 14 || Math.abs(people.age[p] - people.age[q]) > 2
                || people.familyOf[p] == people.familyOf[q]) {
            return false;
        }
        boolean sameGender = people.gender[p] == people.gender[q];
        if (sameGender && people.gender[p] != Gender.NON_BINARY && !Draw.chance(random, 0.1)) {
            return false;
        }
        long earliest = Math.max(youngerBirth(p, q) + 13 * YEAR, calendar.endDay - 540);
        return add(p, q, PARTNER, dayBetween(earliest, calendar.endDay - 3));
    }

    private boolean coOffender() {
        if (groups.members.length == 0) {
            return false;
        }
        int slot = random.nextInt(groups.members.length);
        int p = groups.members[slot];
        if (!groups.core[p] && !Draw.chance(random, 0.25)) {
            return false;
        }
        int g = groupAt(slot);
        int q = groups.members[groups.memberStart[g] + random.nextInt(groups.memberCount(g))];
        if (!groups.core[q] && !Draw.chance(random, 0.35)) {
            return false;
        }
        long earliest = Math.max(youngerBirth(p, q) + 12 * YEAR, calendar.startDay - 180);
        return add(p, q, CO_OFFENDER, dayBetween(earliest, calendar.endDay - 7));
    }

    private boolean associate() {
        int p;
        int q;
        if (associated.length > 0 && Draw.chance(random, 0.6)) {
            p = associated[random.nextInt(associated.length)];
            int g = groups.groupOf[p];
            double u = random.nextDouble();
            if (u < 0.4) {
                q = groups.members[groups.memberStart[g] + random.nextInt(groups.memberCount(g))];
            } else if (u < 0.7 && groups.allies[g].length > 0) {
                int h = groups.allies[g][random.nextInt(groups.allies[g].length)];
                if (groups.memberCount(h) == 0) {
                    return false;
                }
                q = groups.members[groups.memberStart[h] + random.nextInt(groups.memberCount(h))];
            } else {
                q = residentOfNearbyArea(p);
            }
        } else {
            p = sociable.sample(random);
            q = residentOfNearbyArea(p);
        }
        if (q < 0) {
            return false;
        }
        long earliest = Math.max(youngerBirth(p, q) + 11 * YEAR, calendar.endDay - 3 * YEAR);
        return add(p, q, ASSOCIATE, dayBetween(earliest, calendar.endDay - 1));
    }

    /** A friend chosen by homophily: the same school year, the same group, the same neighbourhood. */
    private boolean homophilousFriend() {
        int p = sociable.sample(random);
        int q = -1;
        for (int attempt = 0; attempt < 4; attempt++) {
            double u = random.nextDouble();
            if (u < 0.55) {
                q = cohortPeer(p);
            } else if (u < 0.72 && groups.groupOf[p] >= 0) {
                int g = groups.groupOf[p];
                q = groups.members[groups.memberStart[g] + random.nextInt(groups.memberCount(g))];
            } else if (u < 0.95) {
                q = randomResident(people.area[p]);
            } else {
                q = residentOfNearbyArea(p);
            }
            if (q >= 0 && q != p && Draw.chance(random, people.sociability[q] / (people.sociability[q] + 0.8))) {
                break;
            }
        }
        return q >= 0 && addFriend(p, q);
    }

    /** Triadic closure: a friend of a friend becomes a friend. */
    private boolean friendOfFriend() {
        int p = sociable.sample(random);
        int q = randomNeighbour(p, random);
        if (q < 0) {
            return false;
        }
        int r = randomNeighbour(q, random);
        return r >= 0 && r != p && addFriend(p, r);
    }

    private boolean addFriend(int p, int q) {
        long earliest = Math.max(youngerBirth(p, q) + 8 * YEAR, calendar.endDay - 5 * YEAR);
        return add(p, q, FRIEND, dayBetween(earliest, calendar.endDay - 1));
    }

    private int cohortPeer(int p) {
        int c = cohortOf[p];
        if (Draw.chance(random, 0.25)) {
            int year = c % 10;
            int other = year == 0 ? 1 : year == 9 ? 8 : (random.nextBoolean() ? year + 1 : year - 1);
            c = c - year + other;
        }
        int size = cohortStart[c + 1] - cohortStart[c];
        return size == 0 ? -1 : cohortMembers[cohortStart[c] + random.nextInt(size)];
    }

    private int randomResident(int area) {
        int size = people.residents(area);
        return size == 0 ? -1 : people.areaMembers[people.areaStart[area] + random.nextInt(size)];
    }

    private int residentOfNearbyArea(int p) {
        int[] near = map.nearestAreas[people.area[p]];
        return near.length == 0 ? -1 : randomResident(near[random.nextInt(near.length)]);
    }

    /** The group whose member list contains the given slot of {@code groups.members}. */
    private int groupAt(int slot) {
        int lo = 0;
        int hi = groups.count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (groups.memberStart[mid] <= slot) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private long youngerBirth(int p, int q) {
        return Math.max(people.birthDay[p], people.birthDay[q]);
    }

    private long dayBetween(long earliest, long latest) {
        if (earliest >= latest) {
            return latest;
        }
        return earliest + (long) (random.nextDouble() * (latest - earliest + 1));
    }

    private boolean add(int p, int q, int kind, long sinceDay) {
        if (p == q || !pairs.add(LongHashSet.pair(p, q))) {
            return false;
        }
        boolean pFirst = people.idBefore(p, q);
        from.add(pFirst ? p : q);
        to.add(pFirst ? q : p);
        Agency source = sources[kind].pick(random);
        Confidence confidence = confidences[kind].pick(random);
        kindSourceConfidence.add(kind | source.ordinal() << 4 | confidence.ordinal() << 8);
        since.add((int) sinceDay);
        return true;
    }

    private void index() {
        int n = people.size;
        int m = size();
        adjStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            adjStart[from.get(e) + 1]++;
            adjStart[to.get(e) + 1]++;
        }
        for (int p = 0; p < n; p++) {
            adjStart[p + 1] += adjStart[p];
        }
        adj = new int[2 * m];
        int[] fill = java.util.Arrays.copyOf(adjStart, n);
        for (int e = 0; e < m; e++) {
            int a = from.get(e);
            int b = to.get(e);
            adj[fill[a]++] = b;
            adj[fill[b]++] = a;
        }
    }
}
