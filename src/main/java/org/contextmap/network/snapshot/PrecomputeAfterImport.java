package org.contextmap.network.snapshot;

import java.util.List;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.Precompute;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts every feature's {@link Precompute} on start, and after every import once the network
 * snapshots have caught up with it: the one place that decides when work is done ahead of the
 * requests, so that the features only say what.
 */
@Component
class PrecomputeAfterImport {

    private final List<Precompute> tasks;
    private final BackgroundWork background;

    PrecomputeAfterImport(List<Precompute> tasks, BackgroundWork background) {
        this.tasks = tasks;
        this.background = background;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        submitAll();
    }

    @EventListener
    void on(SnapshotsCaughtUp caughtUp) {
        submitAll();
    }

    private void submitAll() {
        tasks.forEach(task -> background.submit(task.what(), task::run));
    }
}
