package org.contextmap.database;

import java.util.function.Supplier;

/**
 * Marks the writes made on this thread as part of one import, so that every node and
 * relationship they create carries {@code importId}: the import that brought a fact, and the
 * handle by which an import that fails part-way is undone. The import also hears of every batch
 * written, as its sign of life.
 */
public final class WriteScope {

    private record Scope(String importId, Runnable afterEachBatch) {
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private WriteScope() {
    }

    public static <T> T inImport(String importId, Runnable afterEachBatch, Supplier<T> work) {
        Scope outer = CURRENT.get();
        CURRENT.set(new Scope(importId, afterEachBatch));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The import this thread is writing for, or {@code null}. */
    public static String currentImport() {
        Scope scope = CURRENT.get();
        return scope == null ? null : scope.importId();
    }

    /** Called by the writer after each committed batch. */
    static void batchWritten() {
        Scope scope = CURRENT.get();
        if (scope != null) {
            scope.afterEachBatch().run();
        }
    }
}
