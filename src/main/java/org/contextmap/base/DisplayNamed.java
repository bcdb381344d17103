package org.contextmap.base;

/** A signed-in principal that knows the name to show for its person ("Demo police officer"). */
public interface DisplayNamed {

    String displayName();
}
