package org.contextmap.network.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs an all-sources computation on several threads: each worker owns its scratch arrays and
 * its own result array, takes blocks of sources from a shared counter (so a slow block does not
 * leave the other cores idle), and the per-worker results are added up at the end. Nothing is
 * shared while the workers run, so there is no locking in the inner loops.
 */
public final class Workers {

    /** A worker's state: scratch arrays plus the scores it accumulates. */
    public interface Worker {

        void visit(int source);

        double[] result();
    }

    private static final int BLOCK = 16;

    private Workers() {
    }

    /** The number of threads to use by default: every core. */
    public static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Calls {@code visit(s)} for every {@code s} in {@code 0..count-1} across {@code threads}
     * workers made by {@code factory}, and returns the element-wise sum of their results.
     */
    public static double[] sum(int count, int threads, IntFunction<Worker> factory) {
        int workers = Math.max(1, Math.min(threads, Math.max(1, count / BLOCK)));
        AtomicInteger next = new AtomicInteger();
        List<Worker> states = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            states.add(factory.apply(w));
        }
        Runnable[] tasks = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            Worker state = states.get(w);
            tasks[w] = () -> {
                for (int start = next.getAndAdd(BLOCK); start < count; start = next.getAndAdd(BLOCK)) {
                    int end = Math.min(count, start + BLOCK);
                    for (int s = start; s < end; s++) {
                        state.visit(s);
                    }
                }
            };
        }
        run(tasks);
        double[] total = states.get(0).result();
        for (int w = 1; w < workers; w++) {
            double[] part = states.get(w).result();
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
        return total;
    }

    /** Runs the tasks, the last one on the calling thread, and waits for all. */
    public static void run(Runnable[] tasks) {
        Thread[] threads = new Thread[tasks.length - 1];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().name("analytics-" + t).daemon().unstarted(tasks[t]);
            threads[t].setUncaughtExceptionHandler((thread, error) -> {
                synchronized (failure) {
                    failure[0] = error;
                }
            });
            threads[t].start();
        }
        try {
            tasks[tasks.length - 1].run();
        } finally {
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while computing analytics", interrupted);
                }
            }
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("an analytics worker failed", failure[0]);
            }
        }
    }
}
