package org.contextmap.base;

/** Someone else changed the same thing a moment before; the API answers 409 with the message. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
