package org.contextmap.demo;

/**
 * An open-addressing hash set of non-zero longs (linear probing, kept at most half full). Used to
 * keep relationship and group pairs unique without a boxed key per pair: a million-person city
 * has millions of pairs, and a {@code HashSet<String>} of them would need gigabytes.
 */
final class LongHashSet {

    private long[] table;
    private int size;
    private int mask;

    LongHashSet(long expected) {
        int capacity = 16;
        while (capacity < expected * 2 && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        table = new long[capacity];
        mask = capacity - 1;
    }

    /** Adds the key; returns false when it was already there. Zero is not a valid key. */
    boolean add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is reserved");
        }
        if (size * 2L >= table.length) {
            grow();
        }
        int i = slot(key);
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        return true;
    }

    boolean contains(long key) {
        int i = slot(key);
        while (table[i] != 0) {
            if (table[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** The key of an unordered pair of non-negative ints, smaller first; never zero for distinct ints. */
    static long pair(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return (int) h & mask;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long key : old) {
            if (key != 0) {
                int i = slot(key);
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = key;
            }
        }
    }
}
