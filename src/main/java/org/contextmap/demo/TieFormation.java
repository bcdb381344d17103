package org.contextmap.demo;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.contextmap.person.RelationshipKind;

/**
 * How the ties of the {@link SocialNetwork} form. The network follows what is known of adolescent
 * networks: ties form mostly within a school year group, a neighbourhood and a peer group
 * (homophily; McPherson, Smith-Lovin &amp; Cook 2001), and friends of friends become friends
 * (triadic closure), which gives the clustering that community detection should find and that
 * follows the recorded peer groups. Sociability is log-normal, so a few young people have many
 * ties and stand out in centrality. Co-offending ties are dense inside the core of a group, as in
 * the co-offending networks of Papachristos (2009) and Green, Horel &amp; Papachristos (2017).
 * Siblings are always linked; a few cousins, partners, and associates across areas complete it.
 * The number of rows is {@code people × relationshipsPerPerson}.
 */
final class TieFormation {

    private static final int FRIEND = RelationshipKind.FRIEND.ordinal();
    private static final int SIBLING = RelationshipKind.SIBLING.ordinal();
    private static final int FAMILY = RelationshipKind.FAMILY.ordinal();
    private static final int PARTNER = RelationshipKind.PARTNER.ordinal();
    private static final int CO_OFFENDER = RelationshipKind.CO_OFFENDER.ordinal();
    private static final int ASSOCIATE = RelationshipKind.ASSOCIATE.ordinal();
    private static final int YEAR = 365;

    private final SocialNetwork network;
    private final Population people;
    private final PeerGroups groups;
    private final Geography map;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    private final SchoolCohorts cohorts;
    private final AliasTable sociable;
    private final int[] associated;

    TieFormation(SocialNetwork network, Population people, PeerGroups groups, Geography map, CityCalendar calendar,
            SplittableRandom random) {
        this.network = network;
        this.people = people;
        this.groups = groups;
        this.map = map;
        this.calendar = calendar;
        this.random = random;
        cohorts = new SchoolCohorts(people, map);
        int n = people.size;
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
    }

    /** Adds ties until the network has {@code target} rows (or as near as the city allows) and indexes it. */
    void build(long target) {
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
        long friends = target - network.size();
        repeat(Math.round(0.6 * friends), this::homophilousFriend);
        network.index();
        repeat(target - network.size(), this::friendOfFriend);
        repeat(target - network.size(), this::homophilousFriend);
        network.index();
    }

    /** Calls {@code step} until it has added {@code count} rows, giving up after many failed tries. */
    private void repeat(long count, BooleanSupplier step) {
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
                    if (network.size() < target && (keep >= 1 || Draw.chance(random, keep))) {
                        network.add(p, q, SIBLING, Math.max(people.birthDay[p], people.birthDay[q]));
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
        return network.add(p, q, FAMILY, Math.max(people.birthDay[p], people.birthDay[q]));
    }

    private boolean partner() {
        int p = random.nextInt(people.size);
        if (people.age[p] < 14) {
            return false;
        }
        int q = Draw.chance(random, 0.6) ? cohorts.peer(p, random) : randomResident(people.area[p]);
        if (q < 0 || people.age[q] < 14 || Math.abs(people.age[p] - people.age[q]) > 2
                || people.familyOf[p] == people.familyOf[q]) {
            return false;
        }
        boolean sameGender = people.gender[p] == people.gender[q];
        if (sameGender && people.gender[p] != Gender.NON_BINARY && !Draw.chance(random, 0.1)) {
            return false;
        }
        long earliest = Math.max(youngerBirth(p, q) + 13 * YEAR, calendar.endDay - 540);
        return network.add(p, q, PARTNER, dayBetween(earliest, calendar.endDay - 3));
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
        int g = groups.groupAt(slot);
        int q = groups.members[groups.memberStart[g] + random.nextInt(groups.memberCount(g))];
        if (!groups.core[q] && !Draw.chance(random, 0.35)) {
            return false;
        }
        long earliest = Math.max(youngerBirth(p, q) + 12 * YEAR, calendar.startDay - 180);
        return network.add(p, q, CO_OFFENDER, dayBetween(earliest, calendar.endDay - 7));
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
        return network.add(p, q, ASSOCIATE, dayBetween(earliest, calendar.endDay - 1));
    }

    /** A friend chosen by homophily: the same school year, the same group, the same neighbourhood. */
    private boolean homophilousFriend() {
        int p = sociable.sample(random);
        int q = -1;
        for (int attempt = 0; attempt < 4; attempt++) {
            double u = random.nextDouble();
            if (u < 0.55) {
                q = cohorts.peer(p, random);
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
        int q = network.randomNeighbour(p, random);
        if (q < 0) {
            return false;
        }
        int r = network.randomNeighbour(q, random);
        return r >= 0 && r != p && addFriend(p, r);
    }

    private boolean addFriend(int p, int q) {
        long earliest = Math.max(youngerBirth(p, q) + 8 * YEAR, calendar.endDay - 5 * YEAR);
        return network.add(p, q, FRIEND, dayBetween(earliest, calendar.endDay - 1));
    }

    private int randomResident(int area) {
        int size = people.residents(area);
        return size == 0 ? -1 : people.areaMembers[people.areaStart[area] + random.nextInt(size)];
    }

    private int residentOfNearbyArea(int p) {
        int[] near = map.nearestAreas[people.area[p]];
        return near.length == 0 ? -1 : randomResident(near[random.nextInt(near.length)]);
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
}
