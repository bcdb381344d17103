package org.contextmap.demo;

import org.contextmap.incident.Role;

/** The young people of the incident being simulated, each once, with their role. */
final class IncidentCast {

    private static final int MAX = 12;

    private final int[] people = new int[MAX];
    private final int[] roles = new int[MAX];
    private int size;

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int person(int k) {
        return people[k];
    }

    int role(int k) {
        return roles[k];
    }

    /** Adds the person unless absent (-1), already involved, or the cast is full. */
    boolean add(int person, Role role) {
        if (person < 0 || contains(person) || size == MAX) {
            return false;
        }
        people[size] = person;
        roles[size] = role.ordinal();
        size++;
        return true;
    }

    boolean contains(int person) {
        for (int k = 0; k < size; k++) {
            if (people[k] == person) {
                return true;
            }
        }
        return false;
    }

    /** The first person with the role, or -1. */
    int first(Role role) {
        for (int k = 0; k < size; k++) {
            if (roles[k] == role.ordinal()) {
                return people[k];
            }
        }
        return -1;
    }

    int count(Role role) {
        int c = 0;
        for (int k = 0; k < size; k++) {
            if (roles[k] == role.ordinal()) {
                c++;
            }
        }
        return c;
    }
}
