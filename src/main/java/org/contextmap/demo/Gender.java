package org.contextmap.demo;

/** Recorded gender, in the words case-management systems use. */
enum Gender {
    MALE("Male"),
    FEMALE("Female"),
    NON_BINARY("Non-binary"),
    NOT_KNOWN("Not known");

    final String label;

    Gender(String label) {
        this.label = label;
    }
}
