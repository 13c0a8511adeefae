package dev.mentorlens.partition;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A single daemon thread for periodic bookkeeping, which never keeps the process alive on its own. */
final class DaemonTimer {

    private DaemonTimer() {
    }

    static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
