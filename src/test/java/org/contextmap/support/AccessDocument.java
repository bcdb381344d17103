package org.contextmap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The tables of docs/access.md, which the access tests check the code against. */
public final class AccessDocument {

    private AccessDocument() {
    }

    /** The rows (header, separator, body) of the table after the comment starting with {@code marker}. */
    public static List<String[]> table(String marker) throws IOException {
        String document = Files.readString(Path.of("docs/access.md"));
        int start = document.indexOf(marker);
        assertThat(start).as("docs/access.md has the table marked " + marker).isNotNegative();
        return document.substring(start).lines().skip(1).dropWhile(String::isBlank)
                .takeWhile(line -> line.startsWith("|"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .map(cell -> cell.replace("`", "")).toArray(String[]::new))
                .toList();
    }
}
