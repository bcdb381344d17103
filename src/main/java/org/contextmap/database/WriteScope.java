package org.contextmap.database;

import java.util.function.Supplier;

/**
 * Marks the writes made on this thread as part of one import, so that every node and
 * relationship they create carries {@code importId}: the import that brought a fact, and the
 * handle by which an import that fails part-way is undone.
 */
public final class WriteScope {

    private static final ThreadLocal<String> IMPORT = new ThreadLocal<>();

    private WriteScope() {
    }

    public static <T> T inImport(String importId, Supplier<T> work) {
        String outer = IMPORT.get();
        IMPORT.set(importId);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                IMPORT.remove();
            } else {
                IMPORT.set(outer);
            }
        }
    }

    /** The import this thread is writing for, or {@code null}. */
    public static String currentImport() {
        return IMPORT.get();
    }
}
