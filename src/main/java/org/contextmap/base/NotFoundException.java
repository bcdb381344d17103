package org.contextmap.base;

/** Something asked for by id does not exist; the API answers 404 with the message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
