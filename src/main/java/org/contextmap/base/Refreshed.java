package org.contextmap.base;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A value computed from the whole city at one data version — the ranked risk list, the hotspot
 * map, the day's practice alerts — that readers take from memory, and that is replaced whole when
 * the data moves on.
 *
 * <p>Why: with many people at once and a partner's bundle arriving every few minutes, readers used
 * to queue behind the recomputation an import set off (tens of seconds for a city of 20,000 on two
 * cores), and the ranked risk list hit its time limit (docs/performance.md, "Many people at once").
 * Here, while {@link BackgroundWork} is on, a reader who finds the value one import behind gets the
 * previous value at once, marked not {@link Ready#current() current}, and the new value is computed
 * on the background thread — the stale-while-revalidate rule of HTTP caching (RFC 5861). A reader
 * never sees a half-computed value, nor one of a half-written import: each value is one whole data
 * version. With background work off (tests, commands) and on the very first read, the reader
 * computes it and waits, so an answer straight after an import is always the new one there.
 */
public final class Refreshed<T> {

    /**
     * A value and the data version it was computed at; {@code current} is false when the data has
     * moved on since and the value is being brought up to date.
     */
    public record Ready<T>(T value, long version, boolean current) {

        /** What a reader is told when the value is one import behind; {@code null} when it is current. */
        public String note() {
            return current ? null : BEHIND;
        }
    }

    /** The sentence shown beside a value computed before the latest import. */
    public static final String BEHIND = "Data has been imported since this was worked out; it is being brought up "
            + "to date now. Ask again in a minute for the newest.";

    /** Computes the value at a data version, from the previous value ({@code null} the first time) where that helps. */
    @FunctionalInterface
    public interface Update<T> {
        T next(T previous, long version);
    }

    private final String what;
    private final LongSupplier versions;
    private final Update<T> update;
    private final BackgroundWork background;
    private final ReentrantLock updating = new ReentrantLock();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Ready<T> ready;

    /**
     * @param what      what the value is, for the log: "the hotspot map"
     * @param versions  the data version now (one small read: {@code GraphVersion::current})
     * @param update    computes the value at a version
     */
    public Refreshed(String what, LongSupplier versions, Update<T> update, BackgroundWork background) {
        this.what = what;
        this.versions = versions;
        this.update = update;
        this.background = background;
    }

    /** The value at the data version now, or, while that is being computed in the background, the one before. */
    public Ready<T> get() {
        long version = versions.getAsLong();
        Ready<T> last = ready;
        if (last != null && last.version() >= version) {
            return last;
        }
        if (last == null || !background.enabled()) {
            return refresh();
        }
        if (scheduled.compareAndSet(false, true)) {
            background.submit(what, () -> {
                try {
                    refresh();
                } finally {
                    scheduled.set(false);
                }
            });
        }
        return new Ready<>(last.value(), last.version(), false);
    }

    /**
     * Brings the value up to the data version now in this thread, after any update another thread
     * is making: for the work an import does before it answers, and for the background thread.
     */
    public Ready<T> refresh() {
        updating.lock();
        try {
            long version = versions.getAsLong();
            Ready<T> last = ready;
            if (last != null && last.version() >= version) {
                return last;
            }
            Ready<T> next = new Ready<>(update.next(last == null ? null : last.value(), version), version, true);
            ready = next;
            return next;
        } finally {
            updating.unlock();
        }
    }

    /** The last value computed, whatever its version, or {@code null}: for tests and metrics. */
    public Ready<T> last() {
        return ready;
    }
}
