package org.contextmap.base;

import java.util.Locale;
import org.neo4j.io.pagecache.OutOfDiskSpaceException;

/**
 * The server's disk is full, so a change could not be saved. The API answers 507 with a sentence
 * ({@link ApiExceptionHandler}) instead of a 500: the administrator must free space, and the user
 * should know that nothing was changed. Neo4j reports a full disk in several ways — its own
 * {@link OutOfDiskSpaceException}, the operating system's "No space left on device" under a
 * transaction failure, or, once it has switched the database to read-only to protect it, a
 * refusal that names the lack of disk space — so {@link #causedBy} looks for any of them.
 */
public class DiskFullException extends RuntimeException {

    /** What a user is told when a change failed because the disk is full and nothing was saved. */
    public static final String NOTHING_CHANGED = "The server's disk is full, so this change could not be saved; "
            + "nothing was changed. Tell the administrator, and try again once space has been freed.";

    public DiskFullException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    /** Whether {@code failure}, or anything that caused it, is the database running out of disk space. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DiskFullException || cause instanceof OutOfDiskSpaceException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("out of disk space")
                    || message.contains("allocate enough disk space") || message.contains("failure to allocate disk space")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
