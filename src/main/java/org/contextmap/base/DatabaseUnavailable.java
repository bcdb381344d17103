package org.contextmap.base;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached just now" — an external Neo4j
 * restarting or a network cut — however deeply the driver's exception is wrapped (by Spring's
 * translation, the transaction manager, the sign-in, the audit writer). Such a request answers
 * 503 with {@link #SENTENCE} and a {@code Retry-After}, not 500 or 401, and the application needs
 * no restart: the driver's pool connects again when the database is back.
 */
public final class DatabaseUnavailable {

    /** What the caller is told. */
    public static final String SENTENCE = "The database cannot be reached just now, so this request was not carried"
            + " out. Try again in a minute; if it goes on, tell the administrator (the health check at"
            + " /actuator/health shows it too).";

    /** Seconds a caller is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or any of its causes says the database is out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
