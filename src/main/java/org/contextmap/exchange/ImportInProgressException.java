package org.contextmap.exchange;

/** Another import is being written; imports run one at a time. */
public class ImportInProgressException extends RuntimeException {

    public ImportInProgressException(String message) {
        super(message);
    }
}
