package org.contextmap.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running inside the application's JVM, reachable over Bolt on the loopback
 * interface only. It lets a newcomer run ContextMap with nothing installed, and it is the same
 * database engine a production deployment reaches through {@code NEO4J_URI}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final Path directory;
    private final boolean temporary;
    private final URI boltUri;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread closeOnExit = new Thread(this::close, "neo4j-shutdown");

    private EmbeddedNeo4j(DatabaseManagementService service, Path directory, boolean temporary, URI boltUri,
            String password) {
        this.service = service;
        this.directory = directory;
        this.temporary = temporary;
        this.boltUri = boltUri;
        this.password = password;
        // Spring closes the database with its context; but a process stopped while the context is still
        // starting (Ctrl-C during start-up) exits without closing it, and Neo4j must then recover its log
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /** Starts the database in the configured directory (or a temporary one) on a free Bolt port. */
    public static EmbeddedNeo4j start(StoreProperties properties) {
        Path directory;
        try {
            directory = properties.storeTemporary()
                    ? Files.createTempDirectory("contextmap-neo4j-")
                    : Files.createDirectories(properties.storeDirectory());
        } catch (IOException e) {
            throw new StoreUnavailableException(properties.storeDirectory(), StoreUnavailableException.Reason.NOT_WRITABLE,
                    e.getClass().getSimpleName().replace("Exception", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                            .toLowerCase() + ": " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            service = open(directory, properties);
        } catch (RuntimeException failure) {
            StoreUnavailableException unavailable = StoreUnavailableException.of(directory, failure);
            throw unavailable == null ? failure : unavailable;
        }
        // Bolt listens on loopback only, but any local user could connect: a password made at each start
        // and known only to this process keeps every child's record behind it
        String password = randomPassword();
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        var resolver = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver();
        var address = resolver.resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        log.info("Embedded Neo4j started in {} on {} ({} ms)", directory, uri,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new EmbeddedNeo4j(service, directory, properties.storeTemporary(), uri, password);
    }

    private static DatabaseManagementService open(Path directory, StoreProperties properties) {
        return new DatabaseManagementServiceBuilder(directory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // only this process connects: no need for Netty's default seconds-long graceful shutdown
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The default database, for in-process statements (bulk writes) that need not go over Bolt. */
    public GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public URI boltUri() {
        return boltUri;
    }

    /** The credentials of this run of the database, for the application's own driver. */
    AuthToken authToken() {
        return AuthTokens.basic("neo4j", password);
    }

    public Path directory() {
        return directory;
    }

    /**
     * Once the application has started, its own shutdown hook closes it, and the database with it
     * after the requests and imports in flight have finished (graceful shutdown). Our hook would
     * close the database at the same moment, under them, because the JVM runs shutdown hooks
     * side by side: so it is removed.
     */
    void handOverShutdown() {
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException exiting) {
            // already exiting: the hook is running or done
        }
    }

    /** Shuts the database down once, whether the application context or the process's exit asks first. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != closeOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException exiting) {
                // the process is already exiting: the hook has started or will find the database closed
            }
        }
        service.shutdown();
        if (temporary) {
            deleteRecursively(directory);
        }
        log.info("Embedded Neo4j stopped");
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove temporary database directory {}: {}", root, e.getMessage());
        }
    }
}
