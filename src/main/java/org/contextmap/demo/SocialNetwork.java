package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.person.RelationshipKind;

/**
 * Who knows whom: the KNOWS relationships, each row stored once for an unordered pair (at most
 * one row per pair, whatever the kind), with the smaller id first.
 *
 * <p>The ties form as adolescent networks do ({@link TieFormation}): mostly within a school year
 * group, a neighbourhood and a peer group, with friends of friends becoming friends, a few very
 * sociable young people, and dense co-offending ties inside the core of a group. Each row carries
 * who recorded it and how sure they are ({@link TieProvenance}). The number of rows is
 * {@code people × relationshipsPerPerson}.
 *
 * <p>Pairs are kept unique with a primitive {@link LongHashSet}; the rows live in int arrays,
 * so a million people with five million ties need a few hundred megabytes.
 */
final class SocialNetwork {

    private final Population people;
    private final SplittableRandom random;
    private final TieProvenance provenance = new TieProvenance();

    private final IntList from;
    private final IntList to;
    private final IntList kindSourceConfidence;
    private final IntList since;
    private LongHashSet pairs;

    /** Adjacency (compressed rows): the neighbours of p are adj[adjStart[p] … adjStart[p + 1] - 1]. */
    int[] adjStart;
    int[] adj;

    SocialNetwork(DemoCitySpec spec, Population people, PeerGroups groups, Geography map, CityCalendar calendar,
            SplittableRandom random) {
        this.people = people;
        this.random = random;
        long target = spec.targetRelationships();
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, target + 16);
        from = new IntList(capacity);
        to = new IntList(capacity);
        kindSourceConfidence = new IntList(capacity);
        since = new IntList(capacity);
        pairs = new LongHashSet(target + 16);
        new TieFormation(this, people, groups, map, calendar, random).build(target);
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

    /**
     * Adds a tie of the kind (a {@link RelationshipKind} ordinal) unless it would join someone to
     * themself or the pair already has one; false then. Only while the network is being built.
     */
    boolean add(int p, int q, int kind, long sinceDay) {
        if (p == q || !pairs.add(LongHashSet.pair(p, q))) {
            return false;
        }
        boolean pFirst = people.idBefore(p, q);
        from.add(pFirst ? p : q);
        to.add(pFirst ? q : p);
        Agency source = provenance.source(kind, random);
        Confidence confidence = provenance.confidence(kind, random);
        kindSourceConfidence.add(kind | source.ordinal() << 4 | confidence.ordinal() << 8);
        since.add((int) sinceDay);
        return true;
    }

    /** (Re)builds the adjacency from the rows added so far. */
    void index() {
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
        int[] fill = Arrays.copyOf(adjStart, n);
        for (int e = 0; e < m; e++) {
            int a = from.get(e);
            int b = to.get(e);
            adj[fill[a]++] = b;
            adj[fill[b]++] = a;
        }
    }
}
