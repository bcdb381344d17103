package org.contextmap.audit;

/**
 * The audit entry of a read could not be written, so the read is refused: a child's record is
 * never shown without the entry that says who saw it. Answered as a 503 with a sentence.
 */
public class AuditUnavailableException extends RuntimeException {

    AuditUnavailableException(Throwable cause) {
        super("The audit trail cannot be written just now, so the record is not shown. Try again in a moment; "
                + "if it goes on, tell the administrator.", cause);
    }
}
