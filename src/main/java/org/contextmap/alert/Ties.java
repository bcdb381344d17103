package org.contextmap.alert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Undirected ties of one kind between young people (recorded siblings, friends), as the case book
 * keeps them: each person's list of the others, kept both ways, replaceable person by person after
 * an import.
 */
final class Ties {

    private final Map<String, List<String>> others = new HashMap<>();

    /** Records a tie between two young people, both ways, once. */
    void add(String a, String b) {
        link(a, b);
        link(b, a);
    }

    private void link(String from, String to) {
        List<String> list = others.computeIfAbsent(from, p -> new ArrayList<>());
        if (!list.contains(to)) {
            list.add(to);
        }
    }

    /** The young people tied to this one. */
    List<String> of(String personId) {
        return others.getOrDefault(personId, List.of());
    }

    /** Forgets every tie of a young person, on both sides. */
    void remove(String personId) {
        for (String other : others.getOrDefault(personId, List.of())) {
            List<String> theirs = others.get(other);
            if (theirs != null) {
                theirs.remove(personId);
            }
        }
        others.remove(personId);
    }

    /** Takes a young person's ties as another book holds them. */
    void copy(Ties fresh, String personId) {
        fresh.of(personId).forEach(other -> add(personId, other));
    }

    /** Adds every tie another book holds. */
    void absorb(Ties other) {
        other.others.forEach((a, list) -> list.forEach(b -> add(a, b)));
    }
}
