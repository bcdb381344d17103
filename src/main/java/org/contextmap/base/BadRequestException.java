package org.contextmap.base;

/** The request itself is wrong (a bad date, an unknown metric); the API answers 400 with the message. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
