package org.contextmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Measures the peak of the Java heap while some work runs: a sampler every few milliseconds
 * (the peak as it happened) and the sum of each heap pool's own peak (an upper bound, since the
 * pools need not peak together).
 */
final class HeapWatcher implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    HeapWatcher() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var memory = ManagementFactory.getMemoryMXBean();
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                sampledPeak = Math.max(sampledPeak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    long sampledPeak() {
        return sampledPeak;
    }

    static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
