package org.contextmap.backup;

/** A restore into a store that already holds data, which it refuses rather than mix two databases. */
public class StoreNotEmptyException extends RuntimeException {

    public StoreNotEmptyException(String message) {
        super(message);
    }
}
