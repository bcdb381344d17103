package org.contextmap.base;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An identity made of several values, for records that have no id of their own (an education
 * event, a family history entry). Each value is escaped, so that different values can never
 * make the same key: ("A", "B|C") and ("A|B", "C") stay apart.
 */
public final class CompositeKey {

    private CompositeKey() {
    }

    /** The values joined with {@code |}; a {@code |} or {@code \} inside a value is escaped with {@code \}. */
    public static String of(String... values) {
        return Arrays.stream(values)
                .map(value -> value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
    }
}
