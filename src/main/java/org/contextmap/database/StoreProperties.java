package org.contextmap.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded Neo4j keeps its data ({@code contextmap.*}).
 *
 * @param store          the store directory; blank means the user's data directory
 *                       (see {@link DataDirectories#defaultStore()}) so the demo keeps its data
 *                       between runs
 * @param storeTemporary start on a fresh temporary directory that is deleted on shutdown
 *                       (tests and one-off scripts)
 * @param pageCache      Neo4j page cache, for example {@code 512m} or {@code 2g}
 */
@ConfigurationProperties("contextmap")
public record StoreProperties(Path store, boolean storeTemporary, String pageCache) {

    public StoreProperties {
        if (pageCache == null || pageCache.isBlank()) {
            pageCache = "512m";
        }
    }

    /** The directory the embedded database lives in when it is not temporary. */
    public Path storeDirectory() {
        return store == null || store.toString().isBlank() ? DataDirectories.defaultStore() : store.toAbsolutePath();
    }
}
