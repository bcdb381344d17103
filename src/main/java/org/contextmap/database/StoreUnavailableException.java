package org.contextmap.database;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.io.locker.FileLockException;

/**
 * The embedded database cannot be opened in its directory: another process holds it (Neo4j locks
 * its store so that two processes never write one), or the directory cannot be created or written.
 * Start-up stops with this, and {@link StoreUnavailableFailureAnalyzer} turns it into a sentence
 * that says what to do, instead of Neo4j's stack trace.
 */
public final class StoreUnavailableException extends RuntimeException {

    /** Why the store cannot be opened. */
    public enum Reason { IN_USE, NOT_WRITABLE }

    private final Path directory;
    private final Reason reason;

    StoreUnavailableException(Path directory, Reason reason, String detail, Throwable cause) {
        super(message(directory, reason, detail), cause);
        this.directory = directory;
        this.reason = reason;
    }

    /** Why Neo4j would not open {@code directory}, if the failure says; {@code null} if it is something else. */
    static StoreUnavailableException of(Path directory, Throwable failure) {
        boolean writable = Files.isWritable(directory);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || !writable && cause instanceof FileLockException) {
                return new StoreUnavailableException(directory, Reason.NOT_WRITABLE, "permission denied", failure);
            }
            if (cause instanceof FileLockException) {
                return new StoreUnavailableException(directory, Reason.IN_USE, null, failure);
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Read-only file system") || message.contains("Permission denied")) {
                return new StoreUnavailableException(directory, Reason.NOT_WRITABLE, message, failure);
            }
        }
        return null;
    }

    public Path directory() {
        return directory;
    }

    public Reason reason() {
        return reason;
    }

    private static String message(Path directory, Reason reason, String detail) {
        return switch (reason) {
            case IN_USE -> "The database in " + directory + " is in use by another process (another ContextMap?).";
            case NOT_WRITABLE -> "The database directory " + directory + " cannot be created or written"
                    + (detail == null ? "." : " (" + detail + ").");
        };
    }

    /** What the administrator does about it. */
    public String action() {
        return switch (reason) {
            case IN_USE -> "Stop the other process, or start this one with --contextmap.store=OTHER_DIRECTORY "
                    + "(or the environment variable CONTEXTMAP_STORE).";
            case NOT_WRITABLE -> "Give the user that runs ContextMap write access to " + directory
                    + ", or start it with --contextmap.store=A_WRITABLE_DIRECTORY.";
        };
    }
}
