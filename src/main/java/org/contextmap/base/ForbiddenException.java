package org.contextmap.base;

/**
 * The signed-in person's role may not see or do this (docs/access.md); the API answers 403 with
 * the message, which says what the role lacks without saying what is there.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
