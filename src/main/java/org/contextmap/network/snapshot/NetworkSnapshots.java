package org.contextmap.network.snapshot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.contextmap.base.RecentlyUsed;
import org.contextmap.database.GraphVersion;
import org.contextmap.exchange.BundleImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The cache of network snapshots. A snapshot is keyed by the data version kept in the database:
 * each request reads the version (one tiny query) and, when it has moved on since
 * the cached copy was read, re-reads the network, unless every change recorded in between left
 * the network as it was (a new incident, a referral). Several application instances over one
 * database therefore never serve a stale network for longer than one request, and a change by
 * another instance that did not touch the network costs no re-read. Snapshots for
 * past days are derived from the current one in memory, a few of them kept.
 */
@Service
public class NetworkSnapshots {

    private static final int DAYS_KEPT = 4;

    private final NetworkProjection projection;
    private final GraphVersion versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private NetworkSnapshot latest;
    private long reads;
    private long requests;
    private final Map<LocalDate, NetworkSnapshot> byDay = new RecentlyUsed<>(DAYS_KEPT);

    NetworkSnapshots(NetworkProjection projection, GraphVersion versions, ApplicationEventPublisher events) {
        this.projection = projection;
        this.versions = versions;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
    }

    /** The network as known on {@code asOf} ({@code null}: today), from an up-to-date snapshot. */
    public synchronized NetworkSnapshot on(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        requests++;
        long version = versions.current();
        if (latest != null && latest.version() != version && networkUnchangedSince(latest.version(), version)) {
            carryForward(version);
        } else if (latest == null || latest.version() != version) {
            latest = projection.read(version);
            reads++;
            byDay.clear();
        }
        return byDay.computeIfAbsent(day, latest::on);
    }

    /**
     * After an import that added or removed no young people and changed no ties, groups,
     * associations or group relations, the cached network is still the network: it is kept
     * for the new data version instead of being read again. Then tells whatever derives from the
     * network that it has caught up ({@link SnapshotsCaughtUp}). Runs in the importer's thread,
     * before the import returns, so the next request sees the new version.
     */
    @EventListener
    public void onImport(BundleImported imported) {
        synchronized (this) {
            if (latest != null && networkUnchanged(imported)) {
                carryForward(imported.dataVersion());
            } else {
                latest = null;
                byDay.clear();
            }
        }
        events.publishEvent(new SnapshotsCaughtUp(imported.dataVersion()));
    }

    /**
     * Whether the changes recorded between two versions, by this instance or another sharing the
     * database, all left the person and group graphs as they were.
     */
    private boolean networkUnchangedSince(long from, long to) {
        return from < to && versions.changesBetween(from, to).filter(change -> !change.network()).isPresent();
    }

    /** How many times the network was read from the database: for tests of carrying it forward, and metrics. */
    synchronized long reads() {
        return reads;
    }

    /** How many times a snapshot was asked for; those not among {@link #reads()} were served from the cache. */
    synchronized long requests() {
        return requests;
    }

    private void carryForward(long version) {
        latest = latest.at(version);
        byDay.replaceAll((day, snapshot) -> snapshot.at(version));
    }

    /** Whether an import left the person and group graphs as they were. */
    static boolean networkUnchanged(BundleImported imported) {
        return !imported.networkChanged();
    }
}
