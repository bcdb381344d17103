package org.contextmap.bench;

import java.lang.management.ManagementFactory;

/** How the benchmarks write their figures, and the heap once garbage is collected. */
final class Figures {

    private Figures() {
    }

    /** The heap in use after asking for a few collections: what the live data holds. */
    static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** "0.123 s" below ten seconds, "12.3 s" above. */
    static String seconds(long nanos) {
        return nanos < 10_000_000_000L ? String.format("%.3f s", nanos / 1e9) : String.format("%.1f s", nanos / 1e9);
    }

    /** "1,234 MiB". */
    static String mib(long bytes) {
        return String.format("%,d MiB", bytes / (1024 * 1024));
    }
}
