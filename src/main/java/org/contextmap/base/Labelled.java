package org.contextmap.base;

/**
 * An enumeration value with plain words for people. Codes such as {@code CHILD_IN_NEED} are the
 * contract with partner systems; practitioners read "Child in need".
 */
public interface Labelled {

    String label();

    /** The plain-words label of a value, or the given fallback when the value is absent. */
    static String of(Labelled value, String whenAbsent) {
        return value == null ? whenAbsent : value.label();
    }
}
