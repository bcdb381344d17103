package org.contextmap.base;

/**
 * Work a feature does ahead of the first request that needs it: run by {@link BackgroundWork} on
 * start and after every import, in the order of the beans ({@code @Order}).
 */
public interface Precompute {

    /** What is computed, for the log: "today's clusters". */
    String what();

    /** Computes it and keeps it where the next request will find it. */
    void run();
}
