package dev.perfgate.process.posix;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Single long-lived daemon threads, so a run never pays for starting one. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    static ScheduledThreadPoolExecutor single(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
}
