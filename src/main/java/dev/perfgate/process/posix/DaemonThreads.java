package dev.perfgate.process.posix;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Single long-lived daemon threads, so a run never pays for starting one. */
final class DaemonThreads {

    private DaemonThreads() {}

    static ScheduledThreadPoolExecutor single(String name) {
        return single(name, false);
    }

    /**
     * @param idle run the thread at low priority ({@link LowPriority}), for work that should not take
     *             CPU time from the command being measured
     */
    static ScheduledThreadPoolExecutor single(String name, boolean idle) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Runnable body = idle
                    ? () -> {
                        LowPriority.applyToCurrentThread();
                        task.run();
                    }
                    : task;
            Thread thread = new Thread(body, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
}
