package org.contextmap.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps only the {@code capacity} entries used most recently: the caches of the last
 * few days asked for (snapshots, scores, alerts) and of computed analytics. Not thread-safe; its
 * owners guard it.
 */
public final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    public RecentlyUsed(int capacity) {
        super(Math.max(4, capacity * 2), 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
