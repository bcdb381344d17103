package org.contextmap.database;

import java.nio.file.Path;
import java.util.Locale;

/** The platform's conventional place for an application's own data. */
final class DataDirectories {

    private DataDirectories() {
    }

    /**
     * {@code $XDG_DATA_HOME/contextmap/neo4j} (default {@code ~/.local/share}) on Linux,
     * {@code ~/Library/Application Support/ContextMap/neo4j} on macOS and
     * {@code %LOCALAPPDATA%\ContextMap\neo4j} on Windows.
     */
    static Path defaultStore() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData/Local") : Path.of(local)).resolve("ContextMap/neo4j");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/ContextMap/neo4j");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("contextmap/neo4j");
    }
}
